package vn.cchc.calendar;

/** A date of the Vietnamese lunisolar calendar; {@code leap} marks a day of a leap month (tháng nhuận). */
public record LunarDate(int day, int month, int year, boolean leap) {
}
