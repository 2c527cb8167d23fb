package vn.cchc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlinePhraseParser.ParseContext;
import vn.cchc.plan.DeadlinePhraseParser.ParseResult;
import vn.cchc.shared.BeforeReading;
import vn.cchc.shared.VietnamTime;

/**
 * Says what a rule means in one sentence ({@code plan.deadline.explain.*}, in both languages), lists its due dates
 * in the plan's span, and warns — never refuses — when a date lies outside the plan, is already past, or the phrase
 * names another year than the plan's.
 */
final class DeadlineExplainer {

    private static final String K = "plan.deadline.explain.";

    private DeadlineExplainer() {
    }

    static ParseResult.Parsed explain(DeadlineRule rule, ParseContext context, Collection<Integer> years) {
        List<DeadlineRule.Occurrence> occurrences = rule.occurrences(context.span());
        List<LocalDate> dues = occurrences.stream().map(DeadlineRule.Occurrence::due).distinct().sorted().toList();
        List<DeadlineMessage> warnings = warnings(context, years, dues);
        if (expectsDates(rule) && dues.stream().noneMatch(d -> within(d, context.span()))
                && warnings.stream().noneMatch(w -> w.key().equals("plan.deadline.warn.outside"))) {
            // "Hằng năm" in a first-half plan: accepted, but nothing would ever fall due, so say so.
            warnings.add(0, msg("plan.deadline.warn.noneInSpan", context.span()));
        }
        return new ParseResult.Parsed(rule, sentence(rule, occurrences), warnings, dues);
    }

    private static DeadlineMessage sentence(DeadlineRule rule, List<DeadlineRule.Occurrence> occurrences) {
        if (rule instanceof DeadlineRule.FixedDate f) {
            if (!f.before()) {
                return msg(K + "fixedOn", date(f.date()));
            }
            return f.reading() == BeforeReading.DAY_BEFORE ? msg(K + "fixedBefore", date(f.due()), date(f.date()))
                    : msg(K + "fixedBeforeSameDay", date(f.due()));
        }
        if (rule instanceof DeadlineRule.WithinPeriod w) {
            Period p = Period.parse(w.period());
            return msg(K + "within", p, date(p.end()));
        }
        if (rule instanceof DeadlineRule.Span s) {
            return msg(K + "span", date(s.from()), date(s.to()));
        }
        if (rule instanceof DeadlineRule.Recurring r) {
            return repeating(msg(K + "every." + r.every().name()), r, occurrences);
        }
        if (rule instanceof DeadlineRule.Continuous c) {
            return occurrences.isEmpty() ? msg(K + "continuousNone")
                    : msg(K + "continuous", msg("plan.deadline.every." + c.reportEvery().name()), occurrences.size(),
                    first(occurrences), last(occurrences));
        }
        if (rule instanceof DeadlineRule.External e) {
            if (e.trigger() == DeadlineRule.External.Trigger.EVENT && e.dueDate() == null && e.issuer() != null) {
                return msg(K + "event", e.issuer());
            }
            Object trigger = msg("plan.deadline.trigger." + e.trigger().name());
            Object issuer = e.issuer() == null ? "" : msg(K + "issuer", e.issuer());
            if (e.dueDate() != null) {
                return msg(K + "externalDue", date(e.dueDate()), trigger, issuer);
            }
            return msg(K + "external", trigger, issuer,
                    e.notLaterThan() == null ? "" : msg("plan.deadline.notLaterThan", date(e.notLaterThan())));
        }
        if (rule instanceof DeadlineRule.RelativeWorkingDays r) {
            return msg(K + (r.calendarDays() ? "relativeCalendar" : "relative"), r.workingDays(), r.event());
        }
        return milestones((DeadlineRule.Milestones) rule, occurrences);
    }

    private static DeadlineMessage repeating(Object cadence, DeadlineRule.Recurring r,
                                             List<DeadlineRule.Occurrence> occurrences) {
        if (occurrences.isEmpty()) {
            return msg(K + "recurringNone", cadence);
        }
        Object when = r.dueDay() == null ? msg(K + "dueAtEnd")
                : r.dueDay() == 0 ? msg(K + "dueBeforeFirst")
                : r.dueNextMonth() ? msg(K + "dueDayOfNextMonth", r.dueDay())
                : r.every() == PeriodType.MONTH ? msg(K + "dueDayOfMonth", r.dueDay())
                : msg(K + "dueDayOfLastMonth", r.dueDay());
        Object quantity = r.quantity() == null ? ""
                : msg("plan.deadline.quantity", r.quantity(), r.quantityUnit(), r.per());
        if (occurrences.size() == 1) {
            return msg(K + "recurringOnce", cadence, when, quantity, first(occurrences));
        }
        return msg(K + "recurring", cadence, when, quantity, occurrences.size(), first(occurrences),
                last(occurrences));
    }

    private static DeadlineMessage milestones(DeadlineRule.Milestones m, List<DeadlineRule.Occurrence> occurrences) {
        boolean allRecurring = !m.milestones().isEmpty() && m.milestones().stream()
                .allMatch(x -> x.label() == null && x.rule() instanceof DeadlineRule.Recurring);
        if (allRecurring) {
            List<Object> cadences = new ArrayList<>();
            for (DeadlineRule.Milestone x : m.milestones()) {
                cadences.add(msg(K + "cadence." + ((DeadlineRule.Recurring) x.rule()).every().name()));
            }
            DeadlineRule.Recurring first = (DeadlineRule.Recurring) m.milestones().get(0).rule();
            return repeating(msg(K + "everyMix", join(cadences)), first, occurrences);
        }
        if (occurrences.isEmpty()) {
            return msg(K + "milestonesNone", m.milestones().size());
        }
        List<Object> pieces = new ArrayList<>();
        for (DeadlineRule.Occurrence o : occurrences) {
            pieces.add(o.label() == null ? date(o.due()) : msg(K + "piece", label(o), date(o.due())));
        }
        return msg(K + "milestones", occurrences.size(), join(pieces));
    }

    /** "a, b và c" built from nested messages, so "và"/"and" follows the reader's language. */
    private static Object join(List<Object> items) {
        Object acc = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            acc = msg(i == items.size() - 1 ? "plan.deadline.joinLast" : "plan.deadline.join", acc, items.get(i));
        }
        return acc;
    }

    private static List<DeadlineMessage> warnings(ParseContext context, Collection<Integer> years,
                                                  List<LocalDate> dues) {
        List<DeadlineMessage> warnings = new ArrayList<>();
        Period span = context.span();
        years.stream().filter(y -> y != span.year()).findFirst().ifPresent(y ->
                warnings.add(msg("plan.deadline.warn.otherYear", String.valueOf(y), String.valueOf(span.year()))));
        List<LocalDate> outside = dues.stream().filter(d -> !within(d, span)).toList();
        if (!outside.isEmpty()) {
            warnings.add(msg("plan.deadline.warn.outside", outside.size(), date(outside.get(0)), span));
        }
        if (context.today() != null) {
            List<LocalDate> past = dues.stream().filter(d -> d.isBefore(context.today())).toList();
            if (!past.isEmpty()) {
                warnings.add(msg("plan.deadline.warn.past", past.size(), date(past.get(0)), date(context.today())));
            }
        }
        return warnings;
    }

    /**
     * An occurrence's label with its period named in the reader's language: the occurrence carries the Vietnamese
     * {@link Period#label()} (for documents), alone, after "Báo cáo " (continuous reports) or after a milestone's label.
     */
    private static Object label(DeadlineRule.Occurrence o) {
        if (o.period() == null) {
            return o.label();
        }
        Period p = Period.parse(o.period());
        String vi = p.label();
        String report = "Báo cáo " + vi;
        for (String tail : List.of(report, vi)) {
            if (o.label().equals(tail) || o.label().endsWith(" – " + tail)) {
                Object named = tail.equals(report) ? msg(K + "report", p) : p;
                String head = o.label().substring(0, o.label().length() - tail.length());
                return head.isEmpty() ? named : msg(K + "labelled", head.substring(0, head.length() - 3), named);
            }
        }
        return o.label();
    }

    /** Whether a rule should give dates by itself: all but those waiting for someone else or for an event. */
    private static boolean expectsDates(DeadlineRule rule) {
        if (rule instanceof DeadlineRule.Milestones m) {
            return m.milestones().stream().anyMatch(x -> expectsDates(x.rule()));
        }
        return !(rule instanceof DeadlineRule.External || rule instanceof DeadlineRule.RelativeWorkingDays);
    }

    private static boolean within(LocalDate d, Period span) {
        return !d.isBefore(span.start()) && !d.isAfter(span.end());
    }

    private static String first(List<DeadlineRule.Occurrence> occurrences) {
        return date(occurrences.stream().map(DeadlineRule.Occurrence::due).min(LocalDate::compareTo).orElseThrow());
    }

    private static String last(List<DeadlineRule.Occurrence> occurrences) {
        return date(occurrences.stream().map(DeadlineRule.Occurrence::due).max(LocalDate::compareTo).orElseThrow());
    }

    private static String date(LocalDate d) {
        return VietnamTime.DATE.format(d);
    }

    private static DeadlineMessage msg(String key, Object... args) {
        return DeadlineMessage.of(key, args);
    }
}
