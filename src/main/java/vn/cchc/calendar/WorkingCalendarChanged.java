package vn.cchc.calendar;

/**
 * Published when a province's working calendar changed (a day off or make-up day set or removed, a year marked
 * official, a year imported): a date counted in working days may fall on another day now.
 */
public record WorkingCalendarChanged(long provinceId) {
}
