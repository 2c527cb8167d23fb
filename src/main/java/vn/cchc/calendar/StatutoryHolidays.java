package vn.cchc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computed default holidays of a year under Bộ luật Lao động 2019, art. 112, with the weekend compensation of
 * art. 111(3). The Prime Minister fixes the exact Tết days and the day next to 2/9 each year; those official
 * schedules are entered per province as data and replace or amend these defaults.
 */
public final class StatutoryHolidays {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    static final String REUNIFICATION = "Ngày Chiến thắng 30/4";
    static final String LABOUR_DAY = "Ngày Quốc tế Lao động";
    static final String NATIONAL_DAY = "Quốc khánh";
    static final String NATIONAL_DAY_ADJACENT = "Quốc khánh (ngày liền kề)";
    static final String COMPENSATION_PREFIX = "Nghỉ bù ";

    private final LunarCalendar lunar;

    public StatutoryHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    public List<Holiday> defaultsFor(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), NEW_YEAR);
        // Five Tết days: the last day of the old lunar year and the first four of the new one.
        LocalDate tet = lunar.newYear(year);
        for (int i = -1; i <= 3; i++) {
            days.put(tet.plusDays(i), TET);
        }
        days.put(lunar.toSolar(10, 3, year), HUNG_KINGS);
        days.put(LocalDate.of(year, 4, 30), REUNIFICATION);
        days.put(LocalDate.of(year, 5, 1), LABOUR_DAY);
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        days.put(nationalDay, NATIONAL_DAY);
        days.put(nationalDayAdjacent(nationalDay), NATIONAL_DAY_ADJACENT);

        List<Holiday> result = new ArrayList<>();
        days.forEach((date, name) -> result.add(new Holiday(date, name)));
        result.addAll(weekendCompensations(days));
        result.sort(Comparator.comparing(Holiday::date));
        return result;
    }

    /** The day joined to 2/9 so that the break touches a weekend: 3/9 when 2/9 is a Monday, else 1/9. */
    private static LocalDate nationalDayAdjacent(LocalDate nationalDay) {
        return nationalDay.getDayOfWeek() == DayOfWeek.MONDAY ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    }

    /** Art. 111(3): a holiday on a weekly rest day is taken on the next working day. */
    private static List<Holiday> weekendCompensations(TreeMap<LocalDate, String> holidays) {
        List<Holiday> compensations = new ArrayList<>();
        Set<LocalDate> taken = new java.util.HashSet<>(holidays.keySet());
        holidays.forEach((date, name) -> {
            if (isWeekend(date)) {
                LocalDate day = date.plusDays(1);
                while (isWeekend(day) || taken.contains(day)) {
                    day = day.plusDays(1);
                }
                taken.add(day);
                compensations.add(new Holiday(day, COMPENSATION_PREFIX + name));
            }
        });
        return compensations;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
