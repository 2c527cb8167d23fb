package vn.cchc.plan;

import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlineTokens.Token;
import vn.cchc.plan.DeadlineTokens.Type;

/**
 * The day a recurring deadline falls on within each period: "trước ngày 20", "ngày 25 (của) tháng cuối quý",
 * "chậm nhất ngày 20 của tháng cuối kỳ báo cáo", "trước ngày 05 của tháng sau" (the month after the period).
 */
final class DeadlineDueDay {

    /** Day {@code day}, "trước" it or on it. */
    record Day(int day, boolean before) {
    }

    private DeadlineDueDay() {
    }

    static Day day(DeadlineCursor c) {
        int mark = c.pos;
        boolean before = c.accept("truoc");
        if (!before && c.acceptAny("cham nhat", "han chot", "han")) {
            c.accept("la");
            before = c.accept("truoc");
        }
        c.acceptAny("vao", "den");
        if (!c.accept("ngay")) {
            c.pos = mark;
            return null;
        }
        int day = c.number();
        Token next = c.peek();
        // "ngày 15 tháng 10" is a date, not a day of every month.
        if (day < 0 || next != null && next.is("thang") && c.peek(1) != null && c.peek(1).type() == Type.NUMBER) {
            c.pos = mark;
            return null;
        }
        if (day < 1 || day > 31) {
            throw new DeadlineGrammar.Refused("plan.deadline.invalidDay", day);
        }
        return new Day(day, before);
    }

    /** "tháng cuối quý" (QUARTER), "tháng cuối kỳ" (YEAR: the cadences said decide), or null. */
    static PeriodType lastMonth(DeadlineCursor c) {
        int mark = c.pos;
        c.accept("cua");
        if (!c.accept("thang cuoi")) {
            c.pos = mark;
            return null;
        }
        c.accept("cung");
        c.accept("cua");
        DeadlineCadences.marker(c);
        if (c.accept("quy")) {
            return PeriodType.QUARTER;
        }
        if (c.accept("ky")) {
            c.accept("bao cao");
            return PeriodType.YEAR;
        }
        c.pos = mark;
        return null;
    }

    /**
     * "(của) tháng sau", "tháng tiếp theo", "tháng kế tiếp", "tháng đầu (của) quý sau / kỳ sau": the due day lies in
     * the month after the period, as for a report on a month sent early in the next one.
     */
    static boolean nextMonth(DeadlineCursor c) {
        int mark = c.pos;
        c.accept("cua");
        if (c.accept("thang")) {
            if (c.acceptAny("sau", "tiep theo", "ke tiep", "ke sau")) {
                return true;
            }
            if (c.accept("dau")) {
                c.accept("cua");
                if (c.acceptAny("quy", "ky", "nam") && c.acceptAny("sau", "tiep theo", "ke tiep")) {
                    return true;
                }
            }
        }
        c.pos = mark;
        return false;
    }
}
