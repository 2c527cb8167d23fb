package vn.cchc.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.cchc.calendar.Period;

/**
 * A task's or an occurrence's state as of a date, computed from its deadline rule, the completions its reports
 * stated (once accepted) and today, never stored.
 */
public enum TaskStatus {
    OVERDUE, DUE_SOON, UPCOMING, ONGOING, AWAITING, EVENT_DRIVEN, DONE_ON_TIME, DONE_LATE;

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    /** One occurrence: done (on time or late) once completed, else overdue, due soon or upcoming. */
    public static TaskStatus ofOccurrence(LocalDate due, LocalDate completedOn, LocalDate today, int dueSoonDays) {
        if (completedOn != null) {
            return completedOn.isAfter(due) ? DONE_LATE : DONE_ON_TIME;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= dueSoonDays ? DUE_SOON : UPCOMING;
    }

    /**
     * The whole task as of {@code today}: overdue while any occurrence is past due and not done; done when every
     * occurrence is (late if any was); otherwise the state of its next occurrence, or "ongoing" for continuous work.
     * {@code completions} maps occurrence due dates to completion dates.
     */
    public static TaskStatus of(DeadlineRule rule, Period planSpan, Map<LocalDate, LocalDate> completions,
                                LocalDate today, int dueSoonDays) {
        if (rule instanceof DeadlineRule.RelativeWorkingDays) {
            return EVENT_DRIVEN;
        }
        List<DeadlineRule.Occurrence> occurrences = rule.occurrences(planSpan);
        if (occurrences.isEmpty()) {
            return AWAITING;
        }
        boolean anyLate = false;
        LocalDate nextOpen = null;
        for (DeadlineRule.Occurrence o : occurrences) {
            TaskStatus s = ofOccurrence(o.due(), completions.get(o.due()), today, dueSoonDays);
            if (s == OVERDUE) {
                return OVERDUE;
            }
            anyLate |= s == DONE_LATE;
            if (!s.done() && nextOpen == null) {
                nextOpen = o.due();
            }
        }
        if (nextOpen == null) {
            return anyLate ? DONE_LATE : DONE_ON_TIME;
        }
        if (rule instanceof DeadlineRule.Continuous) {
            return ONGOING;
        }
        return ofOccurrence(nextOpen, null, today, dueSoonDays);
    }

    /** The first due date on or after {@code today}, or null when all are past. */
    public static LocalDate nextDue(List<DeadlineRule.Occurrence> occurrences, LocalDate today) {
        return occurrences.stream().map(DeadlineRule.Occurrence::due).filter(d -> !d.isBefore(today)).findFirst()
                .orElse(null);
    }
}
