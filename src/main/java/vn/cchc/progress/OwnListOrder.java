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
        YearMonth month = YearMonth.from(today);
        return Comparator.comparingInt((Obligation o) -> group(o, month))
                .thenComparing(Obligation::due, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static int group(Obligation o, YearMonth month) {
        if (o.due() == null) {
            return 3;
        }
        if (YearMonth.from(o.due()).equals(month)) {
            return 0;
        }
        return o.status() == TaskStatus.OVERDUE ? 1 : 2;
    }
}
