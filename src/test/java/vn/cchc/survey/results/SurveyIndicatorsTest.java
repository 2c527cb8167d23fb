package vn.cchc.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TargetForm;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;
import vn.cchc.survey.SurveyRows;

/**
 * The survey figures as plan indicators. Over 2026 the {@link SurveyRows} count r1–r4, r6 and r7 (October):
 * ACCESS 5,4,3,2,5,1 → 3/6 = 50; RESULT 4,2,5,5,1 → 3/5 = 60; SERVICE = overall = 55.
 */
@IntegrationTest
class SurveyIndicatorsTest {

    @Autowired Fixture fixture;
    @Autowired SurveyRows surveyRows;
    @Autowired IndicatorReadings readings;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired MockMvc mvc;

    @Test
    void theReadingsGiveTheOverallPartsAndElementsAndNothingWithoutAnswers() {
        Fixture.Commune c = fixture.communeInOwnProvince();
        surveyRows.insert(c);
        Period year = Period.year(2026);
        assertThat(readings.read(c.id(), "SURVEY_OVERALL", year)).contains(new BigDecimal("55.00"));
        assertThat(readings.read(c.id(), "SURVEY_PART_SERVICE", year)).contains(new BigDecimal("55.00"));
        assertThat(readings.read(c.id(), "SURVEY_EL_ACCESS", year)).contains(new BigDecimal("50.00"));
        assertThat(readings.read(c.id(), "SURVEY_EL_RESULT", year)).contains(new BigDecimal("60.00"));
        // the test questionnaire has no policy part and no procedure element; September has no response
        assertThat(readings.read(c.id(), "SURVEY_PART_POLICY", year)).isEqualTo(Optional.empty());
        assertThat(readings.read(c.id(), "SURVEY_EL_PROCEDURE", year)).isEqualTo(Optional.empty());
        assertThat(readings.read(c.id(), "SURVEY_OVERALL", Period.month(2026, 9))).isEqualTo(Optional.empty());
        assertThat(readings.messageKey("SURVEY_OVERALL")).isEqualTo("survey.indicator.SURVEY_OVERALL");
    }

    @Test
    void aPlanTargetMeasuredByTheOverallIndexShowsTheSurveysValueAndNamesItsSource() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        surveyRows.insert(c);
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.MONTH);
        TargetForm t = new TargetForm();
        t.setAreaCode("III");
        t.setCode("1");
        t.setText("Tỷ lệ người dân hài lòng");
        t.setThreshold("90");
        t.setResponsibleUnitId(c.centreUnit());
        t.setIndicatorCode("SURVEY_OVERALL");
        planService.addTarget(c.standingAgency(), plan, t);
        mvc.perform(get("/plans/" + plan).with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("55%")))
                .andExpect(content().string(Matchers.containsString("Khảo sát hài lòng: chỉ số hài lòng chung")));
    }
}
