package vn.cchc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed cases. "defaults" uses only the computed statutory holidays; "official2026" adds the 2026
 * Tết Dương lịch swap (VPCP 12729/VPCP-KGVX: Friday 02/01/2026 off, Saturday 10/01/2026 worked).
 */
class WorkingCalendarTest {

    private static final WorkingCalendar DEFAULTS = WorkingCalendar.defaults();
    private static final WorkingCalendar OFFICIAL_2026 = new WorkingCalendar(year -> year == 2026
            ? new YearSchedule(2026, false, List.of(
                    new DayOverride(LocalDate.of(2026, 1, 2), DayOverride.Kind.DAY_OFF, "Nghỉ hoán đổi Tết Dương lịch"),
                    new DayOverride(LocalDate.of(2026, 1, 10), DayOverride.Kind.WORKING_DAY, "Làm bù ngày 02/01/2026")))
            : YearSchedule.none(year), OfficeHours.standard());

    private static WorkingCalendar calendar(String name) {
        return "official2026".equals(name) ? OFFICIAL_2026 : DEFAULTS;
    }

    @ParameterizedTest(name = "[{0}] {1} working = {2}")
    @CsvSource({
            "defaults, 2025-01-28, false",     // 29 tháng Chạp Giáp Thìn, first Tết day
            "defaults, 2025-01-31, false",     // mùng 3 Tết
            "defaults, 2025-02-03, false",     // Monday: compensation for Tết day Saturday 01/02
            "defaults, 2025-02-04, true",
            "defaults, 2025-04-07, false",     // Giỗ Tổ 10/3 âm lịch
            "defaults, 2026-04-26, false",     // Giỗ Tổ on a Sunday
            "defaults, 2026-04-27, false",     // ... compensated on Monday
            "defaults, 2026-04-28, true",
            "defaults, 2023-05-02, false",     // Giỗ Tổ Saturday 29/04/2023, compensated after 1/5
            "defaults, 2023-05-03, false",     // 30/04/2023 Sunday, compensated next free weekday
            "defaults, 2023-05-04, true",
            "defaults, 2025-09-01, false",     // day joined to Quốc khánh (Tuesday 02/09/2025)
            "defaults, 2025-09-03, true",
            "defaults, 2024-09-03, false",     // 02/09/2024 is a Monday: the joined day is 03/09
            "defaults, 2028-01-03, false",     // Tết Dương lịch 2028 on a Saturday, compensated Monday
            "defaults, 2026-01-10, false",     // an ordinary Saturday
            "official2026, 2026-01-10, true",  // the make-up Saturday
            "official2026, 2026-01-02, false", // the bridge day
            "defaults, 2026-01-02, true",
    })
    void knowsWorkingDays(String calendar, LocalDate date, boolean working) {
        assertThat(calendar(calendar).isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "[{0}] {1} + {2} working days = {3}")
    @CsvSource({
            "defaults, 2025-01-24, 1, 2025-01-27",
            "defaults, 2025-01-27, 1, 2025-02-04",     // across the whole Tết break and its compensation
            "defaults, 2025-01-24, 3, 2025-02-05",
            "defaults, 2026-04-24, 1, 2026-04-28",     // skips the compensated Giỗ Tổ Monday
            "defaults, 2026-04-29, 2, 2026-05-05",     // 30/4 and 1/5 fall on Thursday and Friday
            "defaults, 2023-08-31, 1, 2023-09-05",     // 1/9 joined, 2/9 Saturday compensated on 4/9
            "defaults, 2025-12-31, 1, 2026-01-02",     // year boundary, defaults
            "official2026, 2025-12-31, 1, 2026-01-05", // year boundary with the official bridge day
            "official2026, 2026-01-09, 1, 2026-01-10", // the make-up Saturday counts
            "defaults, 2025-02-04, -1, 2025-01-27",    // counting backwards
            "defaults, 2025-02-04, 0, 2025-02-04",
    })
    void addsWorkingDays(String calendar, LocalDate start, int days, LocalDate expected) {
        assertThat(calendar(calendar).addWorkingDays(start, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] working days from {1} to {2} = {3}")
    @CsvSource({
            "defaults, 2026-01-05, 2026-01-12, 5",
            "official2026, 2026-01-05, 2026-01-12, 6",
            "defaults, 2025-01-24, 2025-02-07, 5",
            "defaults, 2025-02-07, 2025-01-24, -5",
            "defaults, 2025-12-29, 2026-01-06, 5",
            "official2026, 2025-12-29, 2026-01-06, 4",
            "defaults, 2025-07-07, 2025-07-07, 0",
    })
    void countsWorkingDaysBetween(String calendar, LocalDate from, LocalDate to, int expected) {
        assertThat(calendar(calendar).workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1}h = {2}")
    @CsvSource({
            "2025-01-27T16:00:00+07:00, 8, 2025-02-04T16:00+07:00", // 1h Monday, then 7h after Tết
            "2025-07-04T18:00:00+07:00, 8, 2025-07-07T17:00+07:00", // after hours on Friday: Monday's sessions
            "2025-07-07T12:00:00+07:00, 2, 2025-07-07T15:00+07:00", // lunch break is not counted
            "2025-07-07T01:00:00Z, 4, 2025-07-07T13:30+07:00",      // a UTC instant is read in Vietnam's zone
            "2025-07-07T07:30:00+07:00, 8, 2025-07-07T17:00+07:00", // one full working day
    })
    void addsWorkingHoursWithinOfficeSessions(OffsetDateTime start, long hours, OffsetDateTime expected) {
        assertThat(DEFAULTS.addWorkingHours(start.toInstant(), hours).toOffsetDateTime()).isEqualTo(expected);
    }

    @Test
    void oneWorkingDayIsEightHours() {
        assertThat(OfficeHours.standard().workingDay()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void addingWorkingDaysToAnInstantKeepsTheLocalTime() {
        Instant fridayAfternoon = OffsetDateTime.parse("2025-01-24T14:15:00+07:00").toInstant();
        assertThat(DEFAULTS.addWorkingDays(fridayAfternoon, 2).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2025-02-04T14:15:00+07:00"));
    }

    @Test
    void officialScheduleReplacesComputedHolidays() {
        WorkingCalendar official = new WorkingCalendar(year -> new YearSchedule(year, true, List.of(
                new DayOverride(LocalDate.of(2025, 1, 27), DayOverride.Kind.DAY_OFF, "Tết Nguyên đán"))),
                OfficeHours.standard());
        assertThat(official.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
        // The computed Tết day is not a holiday when the province entered the official list instead.
        assertThat(official.isWorkingDay(LocalDate.of(2025, 1, 28))).isTrue();
    }

    @Test
    void describesWhyADayIsOff() {
        assertThat(DEFAULTS.describe(LocalDate.of(2026, 4, 27)).reason()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(DEFAULTS.describe(LocalDate.of(2026, 2, 18)).reason()).isEqualTo("Tết Nguyên đán");
        assertThat(DEFAULTS.describe(LocalDate.of(2026, 2, 21)).reason()).isEqualTo(WorkingCalendar.Day.WEEKEND);
    }

    @Test
    void defaultTet2026MatchesTheOfficialFiveDays() {
        assertThat(DEFAULTS.specialDays(2026)).containsKeys(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
    }

    @Test
    void negativeWorkingTimeIsRefused() {
        assertThatThrownBy(() -> DEFAULTS.addWorkingTime(Instant.EPOCH, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
