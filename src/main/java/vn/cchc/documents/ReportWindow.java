package vn.cchc.documents;

import java.time.LocalDate;

/**
 * One report of one year (and month, for a monthly report): its data window [from, to], both days included, and
 * the day it is due.
 */
public record ReportWindow(ReportType type, String name, int year, Integer month, LocalDate from, LocalDate to,
                           LocalDate due, ReportWindowRule.Basis basis) {

    /** Where a report stands on a day. The calendar does not know whether it was sent: OVERDUE means "due passed". */
    public enum Phase {
        /** The data window has not begun. */
        UPCOMING,
        /** Data is being collected: from ≤ today ≤ to. */
        COLLECTING,
        /** The window has closed and the report is to be sent: to < today ≤ due. */
        DUE,
        /** The due date has passed. */
        OVERDUE
    }

    public Phase phase(LocalDate today) {
        if (today.isBefore(from)) {
            return Phase.UPCOMING;
        }
        if (!today.isAfter(to)) {
            return Phase.COLLECTING;
        }
        return today.isAfter(due) ? Phase.OVERDUE : Phase.DUE;
    }

    /** The periodic report's code in addresses: "QUARTER_1", or "MONTH_03" for a month's report. */
    public String code() {
        return PeriodicKey.of(this).code();
    }

    public boolean open(LocalDate today) {
        Phase phase = phase(today);
        return phase == Phase.COLLECTING || phase == Phase.DUE;
    }
}
