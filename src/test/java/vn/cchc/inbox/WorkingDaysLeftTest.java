package vn.cchc.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.calendar.WorkingCalendar;

/**
 * Hand-counted on the computed 2025 calendar: Tết Ất Tỵ is off Tuesday 28/01 to Friday 31/01, the Tết day on Saturday
 * 01/02 is compensated on Monday 03/02; Tuesday 04/02 is the first working day after it.
 */
class WorkingDaysLeftTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.defaults();

    @ParameterizedTest(name = "due {0}, today {1}: {2}")
    @CsvSource({
            "2025-01-15, 2025-01-15, 0",   // due today
            "2025-01-16, 2025-01-15, 1",   // due tomorrow
            "2025-01-20, 2025-01-17, 1",   // Friday to Monday: the weekend does not count
            "2025-01-18, 2025-01-17, 0",   // due on a Saturday: no working day left before it
            "2025-02-04, 2025-01-27, 1",   // across the whole Tết break and its compensation Monday
            "2025-02-04, 2025-01-24, 2",   // Monday 27/01, then 04/02
            "2025-01-17, 2025-01-20, -1",  // Friday's deadline on Monday: one working day late
            "2025-01-13, 2025-01-20, -5",  // Tuesday to Friday, and Monday
            "2025-01-24, 2025-02-04, -2",  // late over Tết: Monday 27/01 and Tuesday 04/02
            "2025-01-17, 2025-01-18, -1",  // late on a Saturday: late all the same
            "2025-01-27, 2025-02-03, -1",  // late on the compensation Monday: late all the same
    })
    void workingDaysLeftUntilTheDeadline(LocalDate due, LocalDate today, int left) {
        assertThat(WorkingDaysLeft.until(due, today, CALENDAR)).isEqualTo(left);
    }
}
