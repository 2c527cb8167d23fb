package vn.cchc.calendar;

/** Reporting period types with DHIS2-style stable codes. */
public enum PeriodType {
    /** {@code 2025M07} */
    MONTH,
    /** {@code 2025Q3} */
    QUARTER,
    /** {@code 2025S1}: first or second half-year. */
    HALF_YEAR,
    /** {@code 2025N9}: the first nine months, January to September. */
    NINE_MONTHS,
    /** {@code 2025} */
    YEAR
}
