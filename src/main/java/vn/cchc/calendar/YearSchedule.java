package vn.cchc.calendar;

import java.util.List;

/**
 * What a province has entered for one year. When {@code official} is true the entered days off are the
 * Prime Minister's complete schedule and the computed defaults are ignored for that year; otherwise the
 * entries amend the defaults.
 */
public record YearSchedule(int year, boolean official, List<DayOverride> overrides) {

    public static YearSchedule none(int year) {
        return new YearSchedule(year, false, List.of());
    }
}
