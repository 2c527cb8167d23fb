package vn.cchc.calendar;

import java.time.LocalDate;

/**
 * An official exception to the computed calendar: a day off (e.g. a bridge day decided by the Prime Minister)
 * or a make-up working day (e.g. Saturday 10/01/2026 worked in exchange for Friday 02/01/2026).
 */
public record DayOverride(LocalDate date, Kind kind, String name) {

    public enum Kind {
        DAY_OFF, WORKING_DAY
    }
}
