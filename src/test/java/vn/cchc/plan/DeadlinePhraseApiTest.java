package vn.cchc.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

@IntegrationTest
class DeadlinePhraseApiTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.commune();
    }

    @Test
    void parsesAQuarterIntoItsRuleAndDueDate() throws Exception {
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Quý III").param("year", "2025").with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("WITHIN_PERIOD"))
                .andExpect(jsonPath("$.rule.kind").value("WITHIN_PERIOD"))
                .andExpect(jsonPath("$.rule.period").value("2025Q3"))
                .andExpect(jsonPath("$.dueDates", contains("2025-09-30")));
    }

    @Test
    void parsesMonthlyRecurrenceIntoTwelveDueDatesWithQuantity() throws Exception {
        mvc.perform(get("/api/v1/deadline-phrases/parse")
                        .param("text", "Định kỳ hàng tháng (mỗi tháng tối thiểu 1 bài/ 1 đơn vị)").param("year", "2025")
                        .with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("RECURRING"))
                .andExpect(jsonPath("$.rule.every").value("MONTH"))
                .andExpect(jsonPath("$.rule.quantity").value(1))
                .andExpect(jsonPath("$.rule.quantityUnit").value("bài"))
                .andExpect(jsonPath("$.dueDates", hasSize(12)))
                .andExpect(jsonPath("$.dueDates[1]").value("2025-02-28"));
    }

    @Test
    void expandsWithinTheGivenPlanSpan() throws Exception {
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Thường xuyên").param("year", "2025")
                        .param("period", "2025S2").param("reportEvery", "MONTH").with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDates", contains("2025-07-31", "2025-08-31", "2025-09-30", "2025-10-31",
                        "2025-11-30", "2025-12-31")));
    }

    @Test
    void milestonesAndFixedDatesComeBackInDateOrder() throws Exception {
        mvc.perform(get("/api/v1/deadline-phrases/parse")
                        .param("text", "Trong năm 2025. Báo cáo năm hoàn thành trước ngày 30/11/2025").param("year", "2025")
                        .with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("MILESTONES"))
                .andExpect(jsonPath("$.rule.milestones[1].label").value("Báo cáo năm"))
                .andExpect(jsonPath("$.dueDates", contains("2025-11-29", "2025-12-31")));
    }

    @Test
    void unknownPhraseIs422WithAReason() throws Exception {
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Sớm nhất có thể").param("year", "2025")
                        .with(user(c.viewer())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value("plan.deadline.unparsed"))
                .andExpect(jsonPath("$.reason", containsString("Chưa hiểu thời hạn “Sớm nhất có thể”")));
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Quý III").param("year", "2025")
                        .param("lang", "en").with(user(c.viewer())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Quý III").param("year", "99999")
                        .with(user(c.viewer())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Quý III").param("year", "x")
                        .with(user(c.viewer())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void requiresLogin() throws Exception {
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Quý III").param("year", "2025"))
                .andExpect(status().isUnauthorized());
    }
}
