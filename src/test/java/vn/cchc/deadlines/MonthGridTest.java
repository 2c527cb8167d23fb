package vn.cchc.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Month grids worked out on a paper calendar: Monday first, whole weeks. */
class MonthGridTest {

    @Test
    void november2026StartsOnASundaySoItsGridOpensOnMonday26OctoberAndRunsSixWeeks() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 11));
        assertThat(grid.weeks()).hasSize(6);
        assertThat(grid.firstShown()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(grid.weeks().get(0).get(6)).isEqualTo(LocalDate.of(2026, 11, 1));
        // 30/11/2026 is a Monday: the last week is all but one day December's
        assertThat(grid.weeks().get(5).get(0)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(grid.lastShown()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(grid.inMonth(LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(grid.inMonth(LocalDate.of(2026, 11, 30))).isTrue();
    }

    @Test
    void february2027FromMondayToSundayFillsExactlyFourWeeks() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2027, 2));
        assertThat(grid.weeks()).hasSize(4);
        assertThat(grid.firstShown()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(grid.lastShown()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void june2026OpensOnMondayTheFirstAndEndsInJuly() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 6));
        assertThat(grid.weeks()).hasSize(5);
        assertThat(grid.firstShown()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(grid.lastShown()).isEqualTo(LocalDate.of(2026, 7, 5));
    }

    @Test
    void navigationCrossesTheYear() {
        assertThat(MonthGrid.of(YearMonth.of(2026, 12)).next()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(MonthGrid.of(YearMonth.of(2026, 1)).previous()).isEqualTo(YearMonth.of(2025, 12));
    }
}
