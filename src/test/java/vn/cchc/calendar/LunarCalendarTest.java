package vn.cchc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.vietnam();
    private final LunarCalendar china = new LunarCalendar(8.0);

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "1985, 1985-01-21",
            "2007, 2007-02-17",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2029, 2029-02-13",
            "2030, 2030-02-02",
            "2031, 2031-01-23",
    })
    void tetIsComputedAtVietnamMeridian(int year, LocalDate tet) {
        assertThat(vietnam.newYear(year)).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet)).isEqualTo(new LunarDate(1, 1, year, false));
    }

    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
            "1985, 1985-01-21, 1985-02-20",
            "2007, 2007-02-17, 2007-02-18",
            "2030, 2030-02-02, 2030-02-03",
    })
    void vietnameseTetDiffersFromChineseNewYearWhereTheMeridianMatters(int year, LocalDate vn, LocalDate cn) {
        assertThat(vietnam.newYear(year)).isEqualTo(vn);
        assertThat(china.newYear(year)).isEqualTo(cn);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({
            "2025, 2025-04-07",
            "2026, 2026-04-26",
            "2027, 2027-04-16",
            "2028, 2028-04-04",
            "2029, 2029-04-23",
            "2030, 2030-04-12",
            "2031, 2031-04-01",
    })
    void hungKingsDayIsTenthOfThirdLunarMonth(int year, LocalDate date) {
        assertThat(vietnam.toSolar(10, 3, year)).isEqualTo(date);
    }

    @Test
    void lastDayOfLunarYearBeforeTet2026IsTwentyNinthOfTwelfthMonth() {
        // Ất Tỵ's twelfth month has 29 days: 16/02/2026 is 29 tháng Chạp.
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(29, 12, 2025, false));
    }

    @Test
    void leapMonthIsMarked() {
        // 2025 has a leap sixth month (tháng 6 nhuận Ất Tỵ) starting 25/07/2025.
        assertThat(vietnam.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(1, 6, 2025, true));
    }
}
