package vn.cchc.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import vn.cchc.plan.TaskStatus;

/**
 * The order of a unit's own list: first what falls due this month (the unit's own due date), then what is overdue
 * from earlier months, then what comes next, tasks without a date last; by due date within each group. A unit
 * head opens the list to see the month's work, not January's backlog.
 */
final class OwnListOrder {

    private OwnListOrder() {
    }

    static Comparator<Obligation> asOf(LocalDate today) {
        return Comparator.comparingInt((Obligation o) -> group(o, today))
                .thenComparing(Obligation::due, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /**
     * Whether an open, dated line belongs on the unit's list now: due this month, overdue, or due soon. The unit page
     * adds the undated ones; the inbox shows only what has a date to meet.
     */
    static boolean dueNow(Obligation o, LocalDate today) {
        return o.due() != null && (o.status() == TaskStatus.OVERDUE || o.open() && dueInMonthOf(o, today)
                || o.status() == TaskStatus.DUE_SOON);
    }

    /** Whether the unit's own due date falls in the month of {@code today}. */
    static boolean dueInMonthOf(Obligation o, LocalDate today) {
        return o.due() != null && YearMonth.from(o.due()).equals(YearMonth.from(today));
    }

    private static int group(Obligation o, LocalDate today) {
        if (o.due() == null) {
            return 3;
        }
        if (dueInMonthOf(o, today)) {
            return 0;
        }
        return o.status() == TaskStatus.OVERDUE ? 1 : 2;
    }
}
