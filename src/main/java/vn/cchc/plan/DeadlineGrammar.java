package vn.cchc.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlinePoints.Point;
import vn.cchc.plan.DeadlineTokens.Type;

/**
 * The deadline grammar over one part of a phrase (parts are split on ";" and sentences by the parser):
 * <pre>
 * part   := continuous | relative | recurrence | range | points
 * points := anchor? point ((","|"và"|";"|"hoặc") anchor? (point | bare month or quarter number))*
 * range  := "từ"? point ("đến"|"tới"|"-") ("trước"|"hết")? point
 * anchor := "trước" | "chậm nhất" ["trước"] | "hạn chót" | "đến" ["trước"|"hết"] | "trong" | "vào" | "cuối" | "hết"
 * </pre>
 * each followed by optional remarks "(…)", a trailing "năm 2025" and a full stop. "Trước" reads as the province does.
 */
final class DeadlineGrammar {

    /** Why a phrase that looked like a deadline cannot be one (a day or month that does not exist, …). */
    static final class Refused extends RuntimeException {
        final String key;
        final transient Object[] args;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    private enum Anchor { BEFORE, ON }

    private record Anchored(Anchor anchor, Point point) {
    }

    private DeadlineGrammar() {
    }

    /** The rule of the whole part from the cursor, or null when the grammar does not cover it. */
    static DeadlineRule part(DeadlineCursor c) {
        int mark = c.pos;
        c.acceptAny("hoan thanh", "thuc hien");
        int start = c.pos;
        DeadlineRule rule = DeadlineCadences.continuous(c);
        if (rule == null) {
            c.pos = start;
            rule = DeadlineCadences.relative(c);
        }
        if (rule != null) {
            return rule;
        }
        // "Hằng năm vào tháng 12", "Hằng năm, trước ngày 30/11": in a plan of one year, the date said.
        c.pos = start;
        if (c.acceptAny("dinh ky hang nam", "hang nam", "moi nam") && (c.acceptPunct(',') || c.nextIs(Type.WORD))) {
            rule = alternatives(c, c.pos, 1);
            if (rule != null) {
                return rule;
            }
        }
        rule = alternatives(c, start, 0);
        if (rule == null) {
            c.pos = mark;
        }
        return rule;
    }

    private static DeadlineRule alternatives(DeadlineCursor c, int start, int first) {
        int years = c.years.size();
        for (int alternative = first; alternative < 4; alternative++) {
            c.pos = start;
            c.years.subList(years, c.years.size()).clear();
            DeadlineRule rule = switch (alternative) {
                case 0 -> DeadlineCadences.recurrence(c);
                case 1 -> range(c);
                case 2 -> DeadlineMonthParts.part(c);
                default -> points(c);
            };
            if (rule != null && c.endsHere()) {
                return refined(rule, c);
            }
        }
        c.years.subList(years, c.years.size()).clear();
        return null;
    }

    /**
     * "Quý IV (trước ngày 15/12)", "Hằng năm (trước ngày 15/11)": a date in the remark that falls in the period
     * said is the actual deadline.
     */
    private static DeadlineRule refined(DeadlineRule rule, DeadlineCursor c) {
        if (c.trailingRemark == null || c.trailingRemark.length() > 120) {
            return rule;
        }
        LocalDate start;
        LocalDate end;
        if (isRecurring(rule)) {
            return datesOfCadences(rule, c);
        }
        if (rule instanceof DeadlineRule.WithinPeriod w) {
            start = Period.parse(w.period()).start();
            end = Period.parse(w.period()).end();
        } else if (rule instanceof DeadlineRule.Recurring r && r.every() == PeriodType.YEAR && r.dueDay() == null) {
            start = c.context.span().start();
            end = c.context.span().end();
        } else {
            return rule;
        }
        DeadlineCursor inner = new DeadlineCursor(c.trailingRemark, c.context);
        int mark = inner.pos;
        DeadlineRule date = points(inner);
        if (date instanceof DeadlineRule.FixedDate f && inner.endsHere() && inner.trailingRemark == null
                && !f.due().isBefore(start) && !f.due().isAfter(end)) {
            c.years.addAll(inner.years);
            return f;
        }
        inner.pos = mark;
        return rule;
    }

    private static boolean isRecurring(DeadlineRule rule) {
        return rule instanceof DeadlineRule.Recurring r && r.dueDay() == null && r.every() != PeriodType.YEAR
                || rule instanceof DeadlineRule.Milestones m && m.milestones().stream()
                .allMatch(x -> x.label() == null && x.rule() instanceof DeadlineRule.Recurring r && r.dueDay() == null);
    }

    /**
     * "Định kỳ 6 tháng, năm (trước ngày 15/6 và 15/12)": a remark naming one date in the plan for each due date of the
     * cadences says the actual dates.
     */
    private static DeadlineRule datesOfCadences(DeadlineRule rule, DeadlineCursor c) {
        DeadlineCursor inner = new DeadlineCursor(c.trailingRemark, c.context);
        inner.acceptAny("han", "nop bao cao", "bao cao");
        DeadlineRule dates = points(inner);
        if (dates == null || !inner.endsHere() || inner.trailingRemark != null) {
            return rule;
        }
        List<DeadlineRule.Occurrence> said = dates.occurrences(c.context.span());
        Period span = c.context.span();
        boolean allDatesInPlan = said.stream().allMatch(o -> !o.due().isBefore(span.start())
                && !o.due().isAfter(span.end())) && (dates instanceof DeadlineRule.FixedDate
                || dates instanceof DeadlineRule.Milestones m && m.milestones().stream()
                .allMatch(x -> x.rule() instanceof DeadlineRule.FixedDate));
        long dues = rule.occurrences(span).stream().map(DeadlineRule.Occurrence::due).distinct().count();
        if (!allDatesInPlan || said.size() != dues) {
            return rule;
        }
        c.years.addAll(inner.years);
        return dates;
    }

    private static DeadlineRule points(DeadlineCursor c) {
        List<Anchored> items = new ArrayList<>();
        Anchor anchor = anchor(c);
        Point first = DeadlinePoints.point(c);
        if (first == null) {
            return null;
        }
        items.add(new Anchored(anchor == null ? Anchor.ON : anchor, first));
        while (!c.atEnd() && items.size() < 400) {
            int mark = c.pos;
            // "trước ngày 15/6 (6 tháng) và trước ngày 15/12 (năm)": a remark after an item says what it is for.
            c.remark();
            if (!(c.acceptPunct(',') || c.acceptPunct(';') || c.acceptPunct('&') || c.acceptAny("va", "hoac"))) {
                c.pos = mark;
                break;
            }
            Anchored previous = items.get(items.size() - 1);
            Anchor next = anchor(c);
            Point point = DeadlinePoints.point(c);
            if (point == null && next == null) {
                point = continuation(c, previous.point());
            }
            if (point == null) {
                c.pos = mark;
                break;
            }
            // "Trước ngày 15 tháng 6 và tháng 12": the day said once holds for the months listed after it.
            if (next == null && previous.point().isDate() && point.type() == PeriodType.MONTH) {
                int y = point.year() == null ? c.context.year() : point.year();
                int day = Math.min(previous.point().day(), YearMonth.of(y, point.index()).lengthOfMonth());
                point = new Point(null, point.index(), day, point.year());
            }
            items.add(new Anchored(next == null ? previous.anchor() : next, point));
        }
        // "Quý I và quý III năm 2026": the year said last holds for the items said without one.
        Integer lastYear = items.get(items.size() - 1).point().year();
        List<DeadlineRule> rules = new ArrayList<>();
        for (Anchored item : items) {
            rules.add(rule(c, item.anchor(), item.point().inYear(lastYear)));
        }
        if (rules.size() == 1) {
            return rules.get(0);
        }
        return new DeadlineRule.Milestones(rules.stream().map(r -> new DeadlineRule.Milestone(null, r)).toList());
    }

    /** "tháng 3, 6, 9 và 12", "quý I, III", "năm 2026-2027": a bare number continues the previous item's kind. */
    private static Point continuation(DeadlineCursor c, Point previous) {
        if (previous.type() == PeriodType.YEAR && c.nextIs(Type.NUMBER) && c.peek().text().length() == 4) {
            return new Point(PeriodType.YEAR, 1, 0, c.year(c.number()));
        }
        if (previous.type() == PeriodType.MONTH && (c.nextIs(Type.NUMBER) || c.nextIs(Type.DATE))) {
            return DeadlinePoints.month(c);
        }
        if (previous.type() == PeriodType.QUARTER) {
            int q = DeadlinePoints.quarter(c);
            return q < 0 ? null : new Point(PeriodType.QUARTER, q, 0, DeadlinePoints.yearSuffix(c));
        }
        return null;
    }

    private static DeadlineRule rule(DeadlineCursor c, Anchor anchor, Point p) {
        int year = c.context.year();
        if (anchor == Anchor.BEFORE) {
            // "Trước tháng 6" is "trước ngày 01/06": one reading of "trước" for dates and periods.
            return new DeadlineRule.FixedDate(p.start(year), true, c.context.reading());
        }
        if (p.isDate()) {
            return new DeadlineRule.FixedDate(p.date(year), false, c.context.reading());
        }
        return new DeadlineRule.WithinPeriod(p.period(year).code());
    }

    private static Anchor anchor(DeadlineCursor c) {
        c.acceptAny("hoan thanh", "thuc hien", "tu nay");
        if (c.acceptAny("cham nhat", "muon nhat", "han chot", "khong qua", "khong muon hon")) {
            c.accept("la");
            if (c.accept("truoc")) {
                return Anchor.BEFORE;
            }
            c.acceptAny("vao", "trong", "den");
            c.accept("het");
            return Anchor.ON;
        }
        if (c.accept("truoc")) {
            return Anchor.BEFORE;
        }
        if (c.acceptAny("den", "toi")) {
            if (c.accept("truoc")) {
                return Anchor.BEFORE;
            }
            c.acceptAny("het", "cuoi");
            return Anchor.ON;
        }
        if (c.acceptAny("trong", "vao", "cuoi", "het")) {
            c.acceptAny("cuoi", "het");
            return Anchor.ON;
        }
        return null;
    }

    /** "Từ tháng 3 đến tháng 6", "từ 01/3 đến trước ngày 15/3", "Quý II – Quý III": due at the end of the span. */
    private static DeadlineRule range(DeadlineCursor c) {
        c.accept("trong");
        boolean fromSaid = c.acceptAny("bat dau tu", "ke tu", "tu", "giai doan");
        Point from = DeadlinePoints.point(c);
        if (from == null) {
            return null;
        }
        if (!(c.acceptAny("den", "toi") || c.acceptPunct('-'))) {
            return fromSaid ? openEnded(c, from) : null;
        }
        boolean before = c.accept("truoc");
        c.accept("het");
        Point to = DeadlinePoints.point(c);
        if (to == null) {
            to = continuation(c, from);
        }
        if (to == null) {
            return null;
        }
        int year = c.context.year();
        from = from.inYear(to.year());
        LocalDate start = from.start(year);
        LocalDate end = before ? c.context.reading().due(to.start(year)) : to.end(year);
        if (end.isBefore(start)) {
            throw new Refused("plan.deadline.rangeBackwards", c.originalFrom(0));
        }
        return new DeadlineRule.Span(start, end);
    }

    /** "Từ tháng 3/2026", "Bắt đầu từ quý II": work from then on, due when the plan ends (or the period, if later). */
    private static DeadlineRule openEnded(DeadlineCursor c, Point from) {
        c.acceptAny("tro di", "tro ve sau", "ve sau");
        int year = c.context.year();
        LocalDate start = from.start(year);
        LocalDate end = c.context.span().end();
        return new DeadlineRule.Span(start, end.isBefore(from.end(year)) ? from.end(year) : end);
    }
}
