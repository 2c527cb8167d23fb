package vn.cchc.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The two daily working sessions of state bodies (QĐ 188/1999/QĐ-TTg: 40 hours, Monday to Friday). Their
 * total is the length of one working day: 8 hours by default, as in the one-stop rules.
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
                          LocalTime afternoonEnd) {

    public static OfficeHours standard() {
        return new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0));
    }

    public OfficeHours {
        if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("Office sessions must be ordered: " + morningStart + "-" + morningEnd
                    + ", " + afternoonStart + "-" + afternoonEnd);
        }
    }

    public Duration workingDay() {
        return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
    }
}
