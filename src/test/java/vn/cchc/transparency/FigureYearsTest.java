package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The year a {@code ?nam=} asks for, the years offered and the 10-minute bucket, by hand (current year 2026). */
class FigureYearsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null,2026", "'',2026", "'  ',2026", "2026,2026", "2025,2025", "' 2024 ',2024",
            "2000,2000"})
    void aWellFormedYearUpToNowIsRead(String raw, int year) {
        assertThat(FigureYears.parse(raw, 2026)).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({"2027", "1999", "20x6", "26", "02026", "-2026", "2026.0", "２０２６", "9999999999"})
    void anythingElseIsRefused(String raw) {
        assertThatThrownBy(() -> FigureYears.parse(raw, 2026)).isInstanceOf(PublicSearch.BadPublicParameter.class);
    }

    @Test
    void theSelectOffersTheCurrentYearAndEarlierYearsWithDataLatestFirst() {
        assertThat(FigureYears.choices(List.of(2024, 2026, 2023, 2027, 1990), 2026)).containsExactly(2026, 2024, 2023);
        assertThat(FigureYears.choices(List.of(), 2026)).containsExactly(2026);
    }

    @Test
    void aBucketIsTenMinutesAlignedOnTheClock() {
        long b = FigureYears.bucket(Instant.parse("2026-12-01T03:40:00Z"));
        assertThat(FigureYears.bucket(Instant.parse("2026-12-01T03:49:59Z"))).isEqualTo(b);
        assertThat(FigureYears.bucket(Instant.parse("2026-12-01T03:50:00Z"))).isEqualTo(b + 1);
        assertThat(FigureYears.bucket(Instant.parse("2026-12-01T03:39:59Z"))).isEqualTo(b - 1);
    }
}
