package vn.cchc.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.Period;
import vn.cchc.shared.Ratio;

class RegisterFiguresTest {

    private static final List<Long> ACTIVE = List.of(1L, 2L, 3L, 4L);

    @Test
    void initiativeUnitsCountsEachActiveUnitOnce() {
        // units 1 (twice) and 3 are active; unit 9 is inactive or another's: 2 of 4
        assertThat(RegisterFigures.initiativeUnits(ACTIVE, List.of(1L, 1L, 3L, 9L))).isEqualTo(new Ratio(2, 4));
        assertThat(RegisterFigures.initiativeUnits(ACTIVE, List.of(1L, 1L, 3L, 9L)).percent()).isEqualByComparingTo("50.00");
        assertThat(RegisterFigures.initiativeUnits(List.of(), List.of(1L)).percent()).isNull();
    }

    @Test
    void articleUnitMonthsCountUnitMonthPairsUpToToday() {
        // 2026Q2 seen on 20/05/2026: April and May count, June is still to come: 4 units × 2 months = 8 pairs.
        // Unit 1 in April (twice) and May, unit 2 in May, unit 9 (not active) in April, unit 3 in June (not yet
        // counted): pairs 1/Apr, 1/May, 2/May = 3 of 8 = 37,50%.
        List<RegisterFigures.Article> articles = List.of(
                new RegisterFigures.Article(1, LocalDate.of(2026, 4, 2)),
                new RegisterFigures.Article(1, LocalDate.of(2026, 4, 28)),
                new RegisterFigures.Article(1, LocalDate.of(2026, 5, 5)),
                new RegisterFigures.Article(2, LocalDate.of(2026, 5, 31)),
                new RegisterFigures.Article(9, LocalDate.of(2026, 4, 9)),
                new RegisterFigures.Article(3, LocalDate.of(2026, 6, 1)));
        Ratio r = RegisterFigures.articleUnitMonths(ACTIVE, articles, Period.quarter(2026, 2), LocalDate.of(2026, 5, 20));
        assertThat(r).isEqualTo(new Ratio(3, 8));
        assertThat(r.percent()).isEqualByComparingTo("37.50");
    }

    @Test
    void aPeriodSeenAfterItsEndCountsAllItsMonthsAndOneNotStartedHasNone() {
        List<RegisterFigures.Article> one = List.of(new RegisterFigures.Article(2, LocalDate.of(2025, 12, 1)));
        assertThat(RegisterFigures.articleUnitMonths(ACTIVE, one, Period.year(2025), LocalDate.of(2026, 3, 1)))
                .isEqualTo(new Ratio(1, 48));
        assertThat(RegisterFigures.articleUnitMonths(ACTIVE, one, Period.year(2027), LocalDate.of(2026, 3, 1)).percent())
                .isNull();
    }
}
