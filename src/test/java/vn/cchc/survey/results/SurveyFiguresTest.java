package vn.cchc.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.calendar.Period;
import vn.cchc.shared.NotFoundException;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.survey.SurveyRows;
import vn.cchc.survey.scoring.Figure;
import vn.cchc.survey.scoring.SatisfactionResult;

/** The figures of the fixed responses in {@link SurveyRows}, computed by hand there and here. */
@IntegrationTest
class SurveyFiguresTest {

    static final Period NOVEMBER = Period.month(2026, 11);

    @Autowired Fixture fixture;
    @Autowired SurveyRows surveyRows;
    @Autowired SurveyFigures figures;

    Fixture.Commune c;
    SurveyRows.Rows rows;

    @BeforeEach
    void responses() {
        c = fixture.communeInOwnProvince();
        rows = surveyRows.insert(c);
    }

    static BigDecimal pct(String s) {
        return new BigDecimal(s);
    }

    @Test
    void novemberCountsItsResponsesButNotTheExcludedOneNorOctober() {
        SatisfactionResult r = figures.figures(c.id(), NOVEMBER, Filter.ALL);
        // ACCESS 5,4,3,2,5 → 3/5; RESULT 4,2,5,5 → 3/4; SERVICE = overall = (60 + 75) / 2.
        assertThat(r.elements().get("ACCESS").percent()).isEqualByComparingTo(pct("60.00"));
        assertThat(r.elements().get("RESULT").percent()).isEqualByComparingTo(pct("75.00"));
        assertThat(r.parts().get("SERVICE").percent()).isEqualByComparingTo(pct("67.50"));
        assertThat(r.overall().percent()).isEqualByComparingTo(pct("67.50"));
        assertThat(r.overall().respondents()).isEqualTo(5);
        assertThat(r.overall().answers()).isEqualTo(9);
        assertThat(r.overall().smallSample()).isTrue();
    }

    @Test
    void filtersNarrowToAUnitAFieldOrACounter() {
        // centre r1, r2, r6: ACCESS 3/3, RESULT 2/3 → 83,33
        assertThat(overall(new Filter(null, c.centreUnit(), null, null))).isEqualByComparingTo(pct("83.33"));
        // Đất đai r3, r4: ACCESS 0/2, RESULT 1/1 → 50
        assertThat(overall(new Filter(null, null, "Đất đai", null))).isEqualByComparingTo(pct("50.00"));
        assertThat(overall(new Filter(rows.surveyId(), null, null, rows.counterId()))).isEqualByComparingTo(pct("83.33"));
    }

    @Test
    void breakdownsGroupByUnitFieldCounterAndMonth() {
        assertThat(byKey(BreakdownBy.UNIT, NOVEMBER)).isEqualTo(Map.of(
                Long.toString(c.centreUnit()), pct("83.33"), Long.toString(c.officeUnit()), pct("50.00")));
        // Hộ tịch r1, r2: ACCESS 2/2, RESULT 1/2 → 75; no field r6 → 100
        Map<String, BigDecimal> byField = byKey(BreakdownBy.FIELD, NOVEMBER);
        assertThat(byField).containsEntry("Hộ tịch", pct("75.00")).containsEntry("Đất đai", pct("50.00"))
                .containsEntry(null, pct("100.00")).hasSize(3);
        assertThat(byKey(BreakdownBy.POINT, NOVEMBER)).containsEntry(Long.toString(rows.counterId()), pct("83.33"))
                .containsEntry(null, pct("50.00")).hasSize(2);
        // October r7: 0/1, 0/1 → 0; in time order
        List<BreakdownRow> months = figures.breakdown(c.id(), Period.quarter(2026, 4), BreakdownBy.MONTH, null);
        assertThat(months).extracting(BreakdownRow::key).containsExactly("2026M10", "2026M11");
        assertThat(months.get(0).overall().percent()).isEqualByComparingTo(pct("0.00"));
        assertThat(months.get(1).overall().percent()).isEqualByComparingTo(pct("67.50"));
    }

    @Test
    void aPeriodWithoutResponsesHasNoFigure() {
        Figure f = figures.figures(c.id(), Period.month(2026, 9), Filter.ALL).overall();
        assertThat(f.percent()).isNull();
        assertThat(f.respondents()).isZero();
    }

    @Test
    void anotherCommunesSurveyOrCounterIsNotFound() {
        Fixture.Commune other = fixture.communeBeside(c);
        assertThatThrownBy(() -> figures.figures(other.id(), NOVEMBER, new Filter(rows.surveyId(), null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> figures.figures(other.id(), NOVEMBER, new Filter(null, null, null, rows.counterId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> figures.figures(other.id(), NOVEMBER, new Filter(null, c.centreUnit(), null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    BigDecimal overall(Filter f) {
        return figures.figures(c.id(), NOVEMBER, f).overall().percent();
    }

    Map<String, BigDecimal> byKey(BreakdownBy by, Period p) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        figures.breakdown(c.id(), p, by, null).forEach(r -> m.put(r.key(), r.overall().percent()));
        return m;
    }
}
