package vn.cchc.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlineTokens.Token;
import vn.cchc.plan.DeadlineTokens.Type;

/**
 * The grammar's time points: a date with or without "ngày" and the year ("15/10", "ngày 15 tháng 10 năm 2026"), or a
 * period with or without the year ("tháng 8", "tháng 7/2025", "quý IV", "quý 2 năm 2026", "6 tháng đầu năm",
 * "9 tháng", "năm 2026").
 */
final class DeadlinePoints {

    /** A date ({@code type} null: {@code day}/{@code index} is day/month) or a period; {@code year} null if unsaid. */
    record Point(PeriodType type, int index, int day, Integer year) {
        boolean isDate() {
            return type == null;
        }

        Point inYear(Integer y) {
            return year != null || y == null ? this : new Point(type, index, day, y);
        }

        Period period(int defaultYear) {
            int y = year == null ? defaultYear : year;
            return switch (type) {
                case MONTH -> Period.month(y, index);
                case QUARTER -> Period.quarter(y, index);
                case HALF_YEAR -> Period.half(y, index);
                case NINE_MONTHS -> Period.nineMonths(y);
                case YEAR -> Period.year(y);
            };
        }

        LocalDate start(int defaultYear) {
            return isDate() ? date(defaultYear) : period(defaultYear).start();
        }

        LocalDate end(int defaultYear) {
            return isDate() ? date(defaultYear) : period(defaultYear).end();
        }

        /** Refused, not thrown, when the day does not exist in the year used ("29/02" in a 2025 plan). */
        LocalDate date(int defaultYear) {
            int y = year == null ? defaultYear : year;
            try {
                return LocalDate.of(y, index, day);
            } catch (DateTimeException e) {
                throw new DeadlineGrammar.Refused("plan.deadline.invalidDate",
                        String.format("%02d/%02d/%d", day, index, y));
            }
        }
    }

    private DeadlinePoints() {
    }

    /** A date or a period at the cursor, or null with the cursor back where it was. */
    static Point point(DeadlineCursor c) {
        int mark = c.pos;
        Point p = date(c);
        if (p == null) {
            c.pos = mark;
            p = period(c);
        }
        if (p == null) {
            c.pos = mark;
        }
        return p;
    }

    private static Point date(DeadlineCursor c) {
        boolean ngay = c.accept("ngay");
        Token t = c.peek();
        if (t == null) {
            return null;
        }
        if (t.type() == Type.DATE && (t.nums().length == 3 || t.nums()[1] <= 12)) {
            c.pos++;
            int[] n = t.nums();
            Integer year = n.length == 3 ? Integer.valueOf(c.year(n[2])) : yearSuffix(c);
            return checked(new Point(null, n[1], n[0], year), t);
        }
        // "15-10": a day and month joined by "-" (the tokens leave it apart, for "tháng 7-8").
        Token dash = c.peek(1);
        Token m = c.peek(2);
        if (t.type() == Type.NUMBER && dash != null && dash.punct('-') && dash.start() == t.end() && m != null
                && m.type() == Type.NUMBER && m.start() == dash.end() && m.value() >= 1
                && m.value() <= 12 && t.value() >= 1 && t.value() <= 31) {
            c.pos += 3;
            return checked(new Point(null, m.value(), t.value(), yearSuffix(c)), t);
        }
        // "ngày 15 tháng 10 (năm 2026)": only with "ngày", so "15 tháng" stays a quantity.
        if (ngay && t.type() == Type.NUMBER && c.peek(1) != null && c.peek(1).is("thang")
                && c.peek(2) != null && c.peek(2).type() == Type.NUMBER) {
            c.pos += 2;
            int month = c.number();
            return checked(new Point(null, month, t.value(), yearSuffix(c)), t);
        }
        return null;
    }

    /**
     * Refuses 31/02 or 15/13 with the phrase quoted, instead of calling it not understood. A date without a year is
     * checked in a leap year here, as a year said later may still apply ("29/02 và 15/3/2024"); {@link Point#date}
     * refuses it in the year finally used.
     */
    private static Point checked(Point p, Token t) {
        try {
            LocalDate.of(p.year() == null ? 2024 : p.year(), p.index(), p.day());
            return p;
        } catch (DateTimeException e) {
            throw new DeadlineGrammar.Refused("plan.deadline.invalidDate", t.text());
        }
    }

    private static Point period(DeadlineCursor c) {
        if (c.peek() != null && c.peek().is("dau") && c.peek(1) != null && !c.peek(1).is("dau")) {
            c.pos++;
            return firstMonth(period(c));
        }
        if (c.accept("thang") || c.accept("cac thang") || abbreviation(c, "t")) {
            refuseRelative(c);
            return month(c);
        }
        if (c.accept("quy") || c.accept("cac quy") || abbreviation(c, "q")) {
            refuseRelative(c);
            Token t = c.peek();
            // "Quý 2/2026", "Q4/2026": the quarter and its year in one token.
            if (t != null && t.type() == Type.DATE && t.nums().length == 2 && t.nums()[0] >= 1 && t.nums()[0] <= 4
                    && t.nums()[1] >= 1000) {
                c.pos++;
                return new Point(PeriodType.QUARTER, t.nums()[0], 0, c.year(t.nums()[1]));
            }
            int q = quarter(c);
            return q < 0 ? null : new Point(PeriodType.QUARTER, q, 0, yearSuffix(c));
        }
        Token t = c.peek();
        boolean six = t != null && (t.is("sau") || t.type() == Type.NUMBER && t.value() == 6);
        boolean nine = t != null && (t.is("chin") || t.type() == Type.NUMBER && t.value() == 9);
        if ((six || nine) && c.peek(1) != null && c.peek(1).is("thang")) {
            c.pos += 2;
            if (six) {
                int half = c.accept("dau") ? 1 : c.accept("cuoi") ? 2 : -1;
                c.accept("nam");
                return half < 0 ? null : new Point(PeriodType.HALF_YEAR, half, 0, yearSuffix(c));
            }
            c.accept("dau");
            c.accept("nam");
            return new Point(PeriodType.NINE_MONTHS, 1, 0, yearSuffix(c));
        }
        if (c.accept("ca nam")) {
            // Only in a list ("6 tháng đầu năm và cả năm"): alone, "Cả năm" is a continuous task.
            return new Point(PeriodType.YEAR, 1, 0, yearSuffix(c));
        }
        if (c.accept("nua dau nam")) {
            return new Point(PeriodType.HALF_YEAR, 1, 0, yearSuffix(c));
        }
        if (c.accept("nua cuoi nam")) {
            return new Point(PeriodType.HALF_YEAR, 2, 0, yearSuffix(c));
        }
        if (c.accept("nam")) {
            int y = c.number();
            if (y >= 0) {
                return new Point(PeriodType.YEAR, 1, 0, c.year(y));
            }
            c.accept("nay");
            return new Point(PeriodType.YEAR, 1, 0, null);
        }
        return null;
    }

    /** "Đầu quý I", "đầu năm 2026", "đầu 6 tháng cuối năm": the period's first month; "đầu tháng" is no period. */
    private static Point firstMonth(Point p) {
        if (p == null || p.isDate() || p.type() == PeriodType.MONTH || p.type() == PeriodType.NINE_MONTHS) {
            return null;
        }
        int month = switch (p.type()) {
            case QUARTER -> (p.index() - 1) * 3 + 1;
            case HALF_YEAR -> (p.index() - 1) * 6 + 1;
            default -> 1;
        };
        return new Point(PeriodType.MONTH, month, 0, p.year());
    }

    /** "T6/2026", "Q4/2026": the letter written against its number (a word "t" or "q" apart is not one). */
    private static boolean abbreviation(DeadlineCursor c, String letter) {
        Token t = c.peek();
        Token next = c.peek(1);
        if (t != null && t.is(letter) && next != null && next.type() != Type.PUNCT && next.type() != Type.WORD
                && next.start() == t.end()) {
            c.pos++;
            return true;
        }
        return false;
    }

    /** "Tháng sau", "quý sau" on their own: after what is unsaid, so no date can be computed. */
    private static void refuseRelative(DeadlineCursor c) {
        Token t = c.peek();
        Token next = c.peek(1);
        if (t != null && (t.is("sau") || t.is("toi")) && (next == null || next.type() == Type.PUNCT)) {
            throw new DeadlineGrammar.Refused("plan.deadline.relativeToUnsaid", c.originalFrom(0));
        }
    }

    /** After "tháng": "8", "7/2025", "8 năm 2025"; "tháng 13" is refused, "tháng cuối quý" is not a month. */
    static Point month(DeadlineCursor c) {
        Token t = c.peek();
        if (t == null) {
            return null;
        }
        int month;
        Integer year;
        if (t.type() == Type.DATE && t.nums().length == 2 && t.nums()[1] >= 1000) {
            c.pos++;
            month = t.nums()[0];
            year = c.year(t.nums()[1]);
        } else if (t.type() == Type.NUMBER) {
            c.pos++;
            month = t.value();
            year = yearSuffix(c);
        } else {
            return null;
        }
        if (month < 1 || month > 12) {
            throw new DeadlineGrammar.Refused("plan.deadline.invalidMonth", month);
        }
        return new Point(PeriodType.MONTH, month, 0, year);
    }

    /** After "quý": I–IV or 1–4; −1 (nothing consumed) otherwise. */
    static int quarter(DeadlineCursor c) {
        Token t = c.peek();
        if (t == null) {
            return -1;
        }
        int q = switch (t.text()) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> -1;
        };
        if (q > 0) {
            c.pos++;
        }
        return q;
    }

    /** "/2025", "năm 2025" or a bare "2025" after a period or a date; null when none. */
    static Integer yearSuffix(DeadlineCursor c) {
        int mark = c.pos;
        boolean lead = c.acceptPunct('/') || c.accept("nam");
        // "trước ngày 15/01 năm sau": the year after the plan's.
        if (lead && c.acceptAny("sau", "tiep theo", "ke tiep", "toi")) {
            return c.year(c.context.year() + 1);
        }
        Token t = c.peek();
        if (t != null && t.type() == Type.NUMBER && (lead || t.text().length() == 4)) {
            c.pos++;
            return c.year(t.value());
        }
        c.pos = mark;
        return null;
    }
}
