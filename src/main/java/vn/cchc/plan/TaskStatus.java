package vn.cchc.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.cchc.calendar.Period;

/**
 * A task's state as of a date, computed from its deadline rule and completion, never stored (the status buckets
 * of a snapshot date). Reports and per-occurrence completion come with progress reporting.
 */
public enum TaskStatus {
    OVERDUE, DUE_SOON, UPCOMING, ONGOING, AWAITING, EVENT_DRIVEN, DONE_ON_TIME, DONE_LATE;

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** The status of a task as of {@code today}; "due soon" means due within {@code dueSoonDays} days. */
    public static TaskStatus of(DeadlineRule rule, Period planSpan, LocalDate completedOn, LocalDate today,
                                int dueSoonDays) {
        List<DeadlineRule.Occurrence> occurrences = rule.occurrences(planSpan);
        LocalDate finalDue = occurrences.isEmpty() ? null : occurrences.get(occurrences.size() - 1).due();
        if (completedOn != null) {
            return finalDue == null || !completedOn.isAfter(finalDue) ? DONE_ON_TIME : DONE_LATE;
        }
        if (rule instanceof DeadlineRule.Continuous) {
            return ONGOING;
        }
        if (rule instanceof DeadlineRule.RelativeWorkingDays) {
            return EVENT_DRIVEN;
        }
        if (finalDue == null) {
            return AWAITING;
        }
        if (today.isAfter(finalDue)) {
            return OVERDUE;
        }
        LocalDate next = nextDue(occurrences, today);
        return ChronoUnit.DAYS.between(today, next) <= dueSoonDays ? DUE_SOON : UPCOMING;
    }

    /** The first due date on or after {@code today}, or null when all are past. */
    public static LocalDate nextDue(List<DeadlineRule.Occurrence> occurrences, LocalDate today) {
        return occurrences.stream().map(DeadlineRule.Occurrence::due).filter(d -> !d.isBefore(today)).findFirst()
                .orElse(null);
    }
}
