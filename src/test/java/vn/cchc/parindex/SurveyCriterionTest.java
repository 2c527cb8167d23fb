package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.calendar.Period;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.survey.SurveyRows;

/** A PAR ladder criterion measured by the survey's overall index proposes the points of the step it reaches. */
@IntegrationTest
class SurveyCriterionTest {

    @Autowired Fixture fixture;
    @Autowired SurveyRows surveyRows;
    @Autowired LiveFigures live;

    @Test
    void aLadderOnTheOverallIndexProposesThePointsOfTheStepReached() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        surveyRows.insert(c);
        ScoringRule rule = new RuleParser(Set.of("SURVEY_OVERALL"))
                .parse(ScoringMethod.LADDER, "indicator:SURVEY_OVERALL; >=90:2; >=50:1; else:0", new BigDecimal("2"));
        // the second half of 2026 holds r1–r4, r6 and r7: overall 55 (see SurveyIndicatorsTest), so ≥ 50 → 1 point
        LiveFigures.Inputs inputs = live.inputs(c.id(), Period.half(2026, 2));
        var figure = live.figure(CriterionScoring.figureSource(rule).orElseThrow(), "B1", inputs);
        assertThat(figure).contains(new BigDecimal("55.00"));
        Proposal p = CriterionScoring.proposal(rule, new BigDecimal("2"), figure, null, 0).orElseThrow();
        assertThat(p.points()).isEqualByComparingTo("1");
        assertThat(p.figure()).isEqualByComparingTo("55");
    }
}
