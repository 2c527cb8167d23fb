package vn.cchc.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the month view: in the month or not, today or not, worked or not on the province's calendar (with the
 * holiday's name; an ordinary weekend has none), and its due dates.
 */
public record DayCell(LocalDate date, boolean inMonth, boolean today, boolean working, String holiday,
                      List<DeadlineEntry> entries) {

    public int dayOfWeek() {
        return date.getDayOfWeek().getValue();
    }
}
