package vn.cchc.shared;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The dates the app accepts anywhere a person or a file gives one: 01/01/2000 to 31/12/2100. A PAR plan, a dossier
 * or a holiday outside that span is a typing mistake (31/12/1899, 01/01/0001), and letting it in breaks every
 * period computation downstream, so it is refused where it enters.
 */
public final class PlausibleDates {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private PlausibleDates() {
    }

    public static boolean containsYear(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Any parsed date or date-time (LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime) by its own year. */
    public static boolean contains(TemporalAccessor value) {
        return value != null && value.isSupported(ChronoField.YEAR) && containsYear(value.getLong(ChronoField.YEAR));
    }
}
