package vn.cchc.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.WorkingCalendar;

/**
 * The one rule for whether a task and each of its occurrences are on time: done on or before the due date is on
 * time, after it late (docs/reference/domain.md §4.4, end ≤ due); open past the due date is overdue; open within
 * {@code dueSoonDays} of it is due soon. A coordinating unit owes its input a number of working days before the
 * lead's due date (docs/reference/reports-and-surveys.md §5.2: each phối hợp is a sub-obligation with its own due
 * date), counted on the province's working calendar (docs/reference/domain.md §5).
 */
public final class TaskTimeliness {

    private final TimelinessSettings settings;

    public TaskTimeliness(TimelinessSettings settings) {
        this.settings = settings;
    }

    public TimelinessSettings settings() {
        return settings;
    }

    /** Work completed after its due date was done late. */
    public static boolean doneLate(LocalDate completedOn, LocalDate due) {
        return completedOn.isAfter(due);
    }

    /** One occurrence: done (on time or late) once completed, else overdue, due soon or upcoming. */
    public TaskStatus ofOccurrence(LocalDate due, LocalDate completedOn, LocalDate today) {
        if (completedOn != null) {
            return doneLate(completedOn, due) ? TaskStatus.DONE_LATE : TaskStatus.DONE_ON_TIME;
        }
        if (today.isAfter(due)) {
            return TaskStatus.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= settings.dueSoonDays() ? TaskStatus.DUE_SOON
                : TaskStatus.UPCOMING;
    }

    /** A task without dated occurrences: driven by events (working days after a trigger) or awaiting a date. */
    public static TaskStatus undated(DeadlineRule rule) {
        return rule instanceof DeadlineRule.RelativeWorkingDays ? TaskStatus.EVENT_DRIVEN : TaskStatus.AWAITING;
    }

    /** The date a unit owes an occurrence whose lead due date is {@code leadDue}: the lead's own, or earlier. */
    public LocalDate dueFor(boolean lead, LocalDate leadDue, WorkingCalendar calendar) {
        return lead ? leadDue : calendar.addWorkingDays(leadDue, -settings.coordinatorLeadWorkingDays());
    }

    /**
     * The whole task as of {@code today}: overdue while any occurrence is past due and not done; done when every
     * occurrence is (late if any was); otherwise the state of its next occurrence, or "ongoing" for continuous work.
     * {@code completions} maps occurrence due dates to completion dates.
     */
    public TaskStatus ofTask(DeadlineRule rule, Period planSpan, Map<LocalDate, LocalDate> completions,
                             LocalDate today) {
        if (rule instanceof DeadlineRule.RelativeWorkingDays) {
            return TaskStatus.EVENT_DRIVEN;
        }
        List<DeadlineRule.Occurrence> occurrences = rule.occurrences(planSpan);
        if (occurrences.isEmpty()) {
            return TaskStatus.AWAITING;
        }
        boolean anyLate = false;
        LocalDate nextOpen = null;
        for (DeadlineRule.Occurrence o : occurrences) {
            TaskStatus s = ofOccurrence(o.due(), completions.get(o.due()), today);
            if (s == TaskStatus.OVERDUE) {
                return TaskStatus.OVERDUE;
            }
            anyLate |= s == TaskStatus.DONE_LATE;
            if (!s.done() && nextOpen == null) {
                nextOpen = o.due();
            }
        }
        if (nextOpen == null) {
            return anyLate ? TaskStatus.DONE_LATE : TaskStatus.DONE_ON_TIME;
        }
        if (rule instanceof DeadlineRule.Continuous) {
            return TaskStatus.ONGOING;
        }
        return ofOccurrence(nextOpen, null, today);
    }

    /** The first due date on or after {@code today}, or null when all are past. */
    public static LocalDate nextDue(List<DeadlineRule.Occurrence> occurrences, LocalDate today) {
        return occurrences.stream().map(DeadlineRule.Occurrence::due).filter(d -> !d.isBefore(today)).findFirst()
                .orElse(null);
    }
}
