package vn.cchc.plan;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlineTokens.Token;
import vn.cchc.plan.DeadlineTokens.Type;

/**
 * The grammar's repeating and open-ended deadlines:
 * <pre>
 * continuous := ("thường xuyên"|"cả năm"|"hằng ngày"|"liên tục"|…) ((","|"và") …)*
 * relative   := ("chậm nhất"|"trong vòng"|…)? N "ngày" "làm việc"? ("kể từ"|"từ khi"|"sau khi"|…) event
 * recurrence := "báo cáo"? day? cadences ((",")? day lastMonth?)? remark?
 * cadences   := marker* "("? times? cadence (("," | "và" | "/") marker* cadence)* ")"?   with a marker or times
 * times      := N "lần" ("/"|"mỗi"|"trong") cadence           ("01 lần/quý", "2 lần/năm")
 * marker     := "định kỳ" | "hằng" | "hàng" | "mỗi" | "từng"
 * cadence    := "tháng" | "quý" | "6 tháng" | "nửa năm" | "9 tháng" | "năm"
 * day        := ("trước"|"vào"|"chậm nhất"|"hạn")? "ngày" N
 * lastMonth  := "của"? "tháng cuối" "của"? marker? ("quý"|"kỳ")
 * </pre>
 */
final class DeadlineCadences {

    private DeadlineCadences() {
    }

    static DeadlineRule continuous(DeadlineCursor c) {
        boolean any = false;
        int end = c.pos;
        while (weekday(c) || c.acceptAny("thuong xuyen", "trong ca nam",
                "ca nam", "hang ngay", "hang tuan", "moi tuan", "lien tuc", "suot nam", "quanh nam")) {
            any = true;
            DeadlinePoints.yearSuffix(c);
            end = c.pos;
            if (!(c.acceptPunct(',') || c.accept("va"))) {
                break;
            }
        }
        c.pos = end;
        if (!any) {
            return null;
        }
        // "Thường xuyên, báo cáo định kỳ hằng quý": reported on the cadence said rather than the plan's.
        if (c.acceptPunct(',') || c.acceptPunct(';') || c.accept("va")) {
            DeadlineRule report = recurrence(c);
            if (report instanceof DeadlineRule.Recurring r && r.dueDay() == null && r.every() != PeriodType.NINE_MONTHS
                    && c.endsHere()) {
                return new DeadlineRule.Continuous(r.every());
            }
            c.pos = end;
        }
        return c.endsHere() ? new DeadlineRule.Continuous(c.context.reportEvery()) : null;
    }

    /** "Thứ Sáu hằng tuần", "vào thứ 2 hằng tuần": the weekly day adds no date to a year's plan. */
    private static boolean weekday(DeadlineCursor c) {
        int mark = c.pos;
        c.accept("vao");
        Token t = c.peek(1);
        if (c.accept("chu nhat") || c.peek() != null && c.peek().is("thu") && t != null
                && (List.of("hai", "ba", "tu", "nam", "sau", "bay").contains(t.text())
                || t.type() == Type.NUMBER && t.value() >= 2 && t.value() <= 7)) {
            c.pos = c.peek().is("thu") ? c.pos + 2 : c.pos;
            if (c.acceptAny("hang tuan", "moi tuan")) {
                return true;
            }
        }
        c.pos = mark;
        return false;
    }

    static DeadlineRule relative(DeadlineCursor c) {
        c.acceptAny("cham nhat", "trong vong", "trong thoi han", "khong qua", "trong", "sau");
        c.accept("la");
        int days = c.number();
        if (days < 1 || days > 999 || !c.accept("ngay")) {
            return null;
        }
        boolean working = c.accept("lam viec");
        if (c.atEnd() || c.peek().punct('.') && c.pos + 1 == c.size()) {
            // "Trong 03 ngày làm việc": counted from nothing said.
            throw new DeadlineGrammar.Refused("plan.deadline.relativeNoEvent", c.originalFrom(0));
        }
        if (!c.acceptAny("ke tu ngay", "ke tu khi", "ke tu", "tu khi", "tu ngay", "sau khi", "sau ngay", "sau", "tu")
                || c.atEnd()) {
            return null;
        }
        String event = c.originalFrom(c.pos);
        c.pos = c.size();
        return event.isEmpty() ? null : new DeadlineRule.RelativeWorkingDays(event, days, !working);
    }

    static DeadlineRule recurrence(DeadlineCursor c) {
        // "Báo cáo 6 tháng, năm": the reports named by their period repeat like "định kỳ".
        boolean report = c.accept("bao cao");
        int mark = c.pos;
        c.accept("dinh ky");
        DeadlineDueDay.Day day = DeadlineDueDay.day(c);
        if (day == null) {
            c.pos = mark;
        }
        List<PeriodType> cadences;
        PeriodType last = day == null ? null : DeadlineDueDay.lastMonth(c);
        boolean next = day != null && last == null && DeadlineDueDay.nextMonth(c);
        if (last == PeriodType.QUARTER) {
            cadences = List.of(PeriodType.QUARTER);
        } else {
            cadences = cadences(c, report);
            // "ngày 20 của tháng cuối kỳ báo cáo" without a cadence: the plan's reporting periods.
            if (cadences == null && last == PeriodType.YEAR) {
                cadences = List.of(c.context.reportEvery());
            }
            if (cadences == null) {
                return null;
            }
            if (day == null) {
                int before = c.pos;
                c.acceptPunct(',');
                day = DeadlineDueDay.day(c);
                if (day == null) {
                    c.pos = before;
                } else if (DeadlineDueDay.lastMonth(c) == null) {
                    next = DeadlineDueDay.nextMonth(c);
                }
            }
        }
        // "Hằng quý và đột xuất (theo yêu cầu)": the unplanned reports add no date.
        int extra = c.pos;
        if (!((c.acceptPunct(',') || c.accept("va")) && c.accept("dot xuat"))) {
            c.pos = extra;
        }
        String remark = c.remark();
        if (day == null && remark != null) {
            DeadlineCursor inner = new DeadlineCursor(remark, c.context);
            inner.acceptAny("han", "nop bao cao", "bao cao");
            day = DeadlineDueDay.day(inner);
            if (day != null && DeadlineDueDay.lastMonth(inner) == null) {
                next = DeadlineDueDay.nextMonth(inner);
            }
        }
        Integer dueDay = day == null ? null : day.before() ? c.context.reading().dueDay(day.day()) : day.day();
        // "Trước ngày 01 hằng tháng" read as the day before the 1st: 0, the last day of each period (the month before
        // the 1st said); only "trước ngày 01 tháng cuối quý" names a day that is not a period's end.
        if (dueDay != null && dueDay < 1 && last != null) {
            throw new DeadlineGrammar.Refused("plan.deadline.invalidDay", day.day());
        }
        DeadlineQuantity q = remark == null ? null : DeadlineQuantity.of(new DeadlineCursor(remark, c.context));
        if (remark != null && day == null && q == null) {
            c.trailingRemark = remark;
        }
        List<DeadlineRule> rules = new ArrayList<>();
        for (PeriodType every : cadences) {
            rules.add(new DeadlineRule.Recurring(every, dueDay, q == null ? null : q.count(),
                    q == null ? null : q.unit(), q == null ? null : q.per(), next ? Boolean.TRUE : null));
        }
        return rules.size() == 1 ? rules.get(0)
                : new DeadlineRule.Milestones(rules.stream().map(r -> new DeadlineRule.Milestone(null, r)).toList());
    }

    private static List<PeriodType> cadences(DeadlineCursor c, boolean report) {
        // "Cuối mỗi quý": due at each period's end, as without "cuối".
        int lead = c.pos;
        if (c.accept("cuoi") && !(c.nextIs(Type.WORD) && List.of("moi", "hang").contains(c.peek().text()))) {
            c.pos = lead;
        }
        boolean marked = marker(c) || report;
        boolean paren = c.acceptPunct('(');
        List<PeriodType> list = new ArrayList<>();
        while (list.size() < 8) {
            int mark = c.pos;
            if (!list.isEmpty() && !(c.acceptPunct(',') || c.acceptPunct('/') || c.acceptAny("va", "hoac"))) {
                break;
            }
            marked |= marker(c);
            PeriodType every = timesPer(c);
            if (every != null) {
                marked = true;
            } else {
                every = cadence(c);
            }
            if (every == null) {
                c.pos = mark;
                break;
            }
            // "6 tháng một lần" repeats without a marker.
            marked |= c.acceptAny("mot lan", "1 lan") || once(c);
            if (!list.contains(every)) {
                list.add(every);
            }
        }
        if (paren && !c.acceptPunct(')')) {
            return null;
        }
        return marked && !list.isEmpty() ? list : null;
    }

    /** "01 lần/quý", "2 lần/năm", "3 lần mỗi quý": so many times per period, as the period they repeat in. */
    private static PeriodType timesPer(DeadlineCursor c) {
        int mark = c.pos;
        int times = c.number();
        if (times < 1 || !c.accept("lan") || !(c.acceptPunct('/') || c.acceptAny("moi", "trong", "tren"))) {
            c.pos = mark;
            return null;
        }
        PeriodType per = cadence(c);
        PeriodType every = per == null ? null : switch (per) {
            case YEAR -> times == 1 ? PeriodType.YEAR : times == 2 ? PeriodType.HALF_YEAR
                    : times == 4 ? PeriodType.QUARTER : times == 12 ? PeriodType.MONTH : null;
            case HALF_YEAR -> times == 1 ? PeriodType.HALF_YEAR : times == 2 ? PeriodType.QUARTER
                    : times == 6 ? PeriodType.MONTH : null;
            case QUARTER -> times == 1 ? PeriodType.QUARTER : times == 3 ? PeriodType.MONTH : null;
            case MONTH -> times == 1 ? PeriodType.MONTH : null;
            case NINE_MONTHS -> null;
        };
        if (every == null && per != null) {
            // "5 lần/năm": that many times do not split the period into months, quarters or halves.
            throw new DeadlineGrammar.Refused("plan.deadline.unevenTimes", c.span(mark, c.pos));
        }
        if (every == null) {
            c.pos = mark;
        }
        return every;
    }

    /** "6 tháng/lần". */
    private static boolean once(DeadlineCursor c) {
        int mark = c.pos;
        if (c.acceptPunct('/') && c.accept("lan")) {
            return true;
        }
        c.pos = mark;
        return false;
    }

    static boolean marker(DeadlineCursor c) {
        boolean any = false;
        while (c.acceptAny("dinh ky", "hang", "moi", "tung")) {
            any = true;
        }
        return any;
    }

    private static PeriodType cadence(DeadlineCursor c) {
        Token next = c.peek(1);
        boolean bare = next == null || next.type() == Type.PUNCT || next.type() == Type.WORD
                && !List.of("i", "ii", "iii", "iv", "nay", "dau", "cuoi").contains(next.text());
        // "Định kỳ 06 tháng và 01 năm", "3 tháng một lần": a cadence counted in months, quarters or years.
        if (c.peek() != null && c.peek().type() == Type.NUMBER && next != null && next.type() == Type.WORD) {
            int n = c.peek().value();
            PeriodType counted = switch (next.text()) {
                case "thang" -> n == 1 ? PeriodType.MONTH : n == 3 ? PeriodType.QUARTER : n == 6 ? PeriodType.HALF_YEAR
                        : n == 9 ? PeriodType.NINE_MONTHS : n == 12 ? PeriodType.YEAR : null;
                case "quy" -> n == 1 ? PeriodType.QUARTER : n == 2 ? PeriodType.HALF_YEAR : null;
                case "nam" -> n == 1 ? PeriodType.YEAR : null;
                default -> null;
            };
            if (counted != null) {
                c.pos += 2;
            }
            return counted;
        }
        if (c.acceptAny("sau thang", "nua nam")) {
            return PeriodType.HALF_YEAR;
        }
        if (!bare) {
            return null;
        }
        if (c.accept("thang")) {
            return PeriodType.MONTH;
        }
        if (c.accept("quy")) {
            return PeriodType.QUARTER;
        }
        return c.accept("nam") ? PeriodType.YEAR : null;
    }
}
