package vn.cchc.inbox;

import java.time.LocalDate;
import vn.cchc.calendar.WorkingCalendar;

/**
 * How many working days are left until a deadline, on the province's working calendar: the working days after today
 * up to and including the due day, so a deadline today leaves 0 and tomorrow (a working day) 1. Once the due day has
 * passed the count is negative: the working days after the due day up to and including today, and at least one, since
 * an item whose day has gone is late even when today is a weekend or a holiday. Pure: no Spring, no database.
 */
public final class WorkingDaysLeft {

    private WorkingDaysLeft() {
    }

    public static int until(LocalDate due, LocalDate today, WorkingCalendar calendar) {
        if (!due.isBefore(today)) {
            return calendar.workingDaysBetween(today, due);
        }
        return -Math.max(1, calendar.workingDaysBetween(due, today));
    }
}
