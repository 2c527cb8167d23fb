package vn.cchc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} = {1} .. {2}")
    @CsvSource({
            "2025M07, 2025-07-01, 2025-07-31",
            "2024M02, 2024-02-01, 2024-02-29",
            "2025M02, 2025-02-01, 2025-02-28",
            "2025Q3, 2025-07-01, 2025-09-30",
            "2025Q4, 2025-10-01, 2025-12-31",
            "2025S1, 2025-01-01, 2025-06-30",
            "2025S2, 2025-07-01, 2025-12-31",
            "2025N9, 2025-01-01, 2025-09-30",
            "2025, 2025-01-01, 2025-12-31",
    })
    void codesMapToStartAndEnd(String code, LocalDate start, LocalDate end) {
        Period p = Period.parse(code);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.code()).isEqualTo(code);
    }

    @Test
    void halfYearSplitsIntoItsMonths() {
        assertThat(Period.parse("2025S2").split(PeriodType.MONTH)).extracting(Period::code)
                .containsExactly("2025M07", "2025M08", "2025M09", "2025M10", "2025M11", "2025M12");
    }

    @Test
    void badCodesAreRefused() {
        assertThatThrownBy(() -> Period.parse("2025M13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2025Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAreVietnamese() {
        assertThat(Period.parse("2025Q3").label()).isEqualTo("Quý III/2025");
        assertThat(Period.parse("2025S2").label()).isEqualTo("6 tháng cuối năm 2025");
    }
}
