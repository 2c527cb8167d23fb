package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** Bad input gets a Vietnamese message beside the field and a 4xx, and nothing is stored. */
@IntegrationTest
class PlanInputValidationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long planId;

    @BeforeEach
    void plan() {
        c = fixture.commune();
        planId = plans.plan(c.standingAgency(), "2025");
        plans.task(c.standingAgency(), planId, "III.10", "Thường xuyên", c.centreUnit());
    }

    private MockHttpServletRequestBuilder newTask(String code, String title, String lead, String deadline) {
        return post("/plans/" + planId + "/tasks").with(user(c.standingAgency())).with(csrf())
                .param("areaCode", "III").param("code", code).param("title", title)
                .param("leadUnitId", lead).param("deadlinePhrase", deadline);
    }

    private int taskCount() {
        return jdbc.sql("select count(*) from plan_task where plan_id = ?").param(planId).query(Integer.class).single();
    }

    @Test
    void emptyTitleIsRefused() throws Exception {
        mvc.perform(newTask("III.11", "  ", String.valueOf(c.centreUnit()), "Quý III"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Trường này là bắt buộc.")));
        assertThat(taskCount()).isEqualTo(1);
    }

    @Test
    void unknownUnitIsRefused() throws Exception {
        mvc.perform(newTask("III.11", "Nhiệm vụ", "999999", "Quý III"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Đơn vị không thuộc xã, phường này.")));
        assertThat(taskCount()).isEqualTo(1);
    }

    @Test
    void nonNumericUnitIsRefusedWithA400() throws Exception {
        mvc.perform(newTask("III.11", "Nhiệm vụ", "abc", "Quý III"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Giá trị không hợp lệ.")));
    }

    @Test
    void deadlinePhraseNotUnderstoodIsRefusedWithTheReason() throws Exception {
        mvc.perform(newTask("III.11", "Nhiệm vụ", String.valueOf(c.centreUnit()), "Sớm nhất có thể"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chưa hiểu thời hạn “Sớm nhất có thể”")));
        mvc.perform(newTask("III.11", "Nhiệm vụ", String.valueOf(c.centreUnit()), "Trước ngày 31/02/2025"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("không tồn tại")));
        assertThat(taskCount()).isEqualTo(1);
    }

    @Test
    void duplicateTaskCodeInAPlanIsRefused() throws Exception {
        mvc.perform(newTask("iii.10", "Nhiệm vụ khác", String.valueOf(c.centreUnit()), "Quý III"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Mã nhiệm vụ iii.10 đã có trong kế hoạch.")));
        assertThat(taskCount()).isEqualTo(1);
    }

    @Test
    void leadUnitCannotAlsoCoordinate() throws Exception {
        mvc.perform(newTask("III.11", "Nhiệm vụ", String.valueOf(c.centreUnit()), "Quý III")
                        .param("coordinatorUnitIds", String.valueOf(c.centreUnit())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Đơn vị chủ trì không đồng thời là đơn vị phối hợp.")));
    }

    @Test
    void percentThresholdOutOfRangeIsRefused() throws Exception {
        mvc.perform(post("/plans/" + planId + "/targets").with(user(c.standingAgency())).with(csrf())
                        .param("areaCode", "VII").param("code", "7.2").param("text", "Tỷ lệ hồ sơ trực tuyến")
                        .param("metricKind", "PERCENT").param("comparator", "GE").param("threshold", "150"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Tỷ lệ phải từ 0 đến 100%.")));
        mvc.perform(post("/plans/" + planId + "/targets").with(user(c.standingAgency())).with(csrf())
                        .param("areaCode", "VII").param("code", "7.2").param("text", "Tỷ lệ hồ sơ trực tuyến")
                        .param("metricKind", "PERCENT").param("comparator", "GE").param("threshold", "chín mươi"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Ngưỡng phải là một số")));
        assertThat(jdbc.sql("select count(*) from plan_target where plan_id = ?").param(planId).query(Integer.class).single())
                .isZero();
    }

    @Test
    void decimalCommaThresholdIsStoredExactly() throws Exception {
        mvc.perform(post("/plans/" + planId + "/targets").with(user(c.standingAgency())).with(csrf())
                        .param("areaCode", "III").param("code", "3.3").param("text", "Hồ sơ giải quyết trước và đúng hạn")
                        .param("metricKind", "PERCENT").param("comparator", "GE").param("threshold", "99,9"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select threshold from plan_target where plan_id = ?").param(planId)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("99.9");
        mvc.perform(get("/plans/" + planId).with(user(c.standingAgency())))
                .andExpect(content().string(containsString("≥ 99,9%")));
    }

    @Test
    void emptyPlanTitleAndBadDecisionDateAreRefused() throws Exception {
        mvc.perform(post("/plans").with(user(c.standingAgency())).with(csrf())
                        .param("kind", "ANNUAL").param("title", "").param("periodCode", "2025")
                        .param("reportingCadence", "QUARTER"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Trường này là bắt buộc.")));
        mvc.perform(post("/plans").with(user(c.standingAgency())).with(csrf())
                        .param("kind", "ANNUAL").param("title", "Kế hoạch").param("periodCode", "2025")
                        .param("reportingCadence", "QUARTER").param("decisionDate", "31/13/2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ngày phải có dạng dd/mm/yyyy.")));
        mvc.perform(post("/plans").with(user(c.standingAgency())).with(csrf())
                        .param("kind", "ANNUAL").param("title", "Kế hoạch").param("periodCode", "2025M07")
                        .param("reportingCadence", "QUARTER"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Kỳ kế hoạch phải là một năm hoặc 6 tháng")));
    }

    @Test
    void malformedIdsAndUnknownStatusesAre400NotServerErrors() throws Exception {
        mvc.perform(get("/plans/abc").with(user(c.standingAgency()))).andExpect(status().isBadRequest());
        mvc.perform(get("/plans/99999999").with(user(c.standingAgency()))).andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + planId + "/status").param("status", "BOGUS").with(user(c.leader())).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/calendar").param("year", "abc").with(user(c.standingAgency()))).andExpect(status().isBadRequest());
    }

    @Test
    void viewerCannotEditPlans() throws Exception {
        // A draft is not even shown to a viewer (404); once issued, it is shown but not editable (403).
        mvc.perform(post("/plans/" + planId + "/tasks").with(user(c.viewer())).with(csrf())
                        .param("areaCode", "III").param("code", "X").param("title", "Nhiệm vụ")
                        .param("leadUnitId", String.valueOf(c.centreUnit())).param("deadlinePhrase", "Quý III"))
                .andExpect(status().isNotFound());
        jdbc.sql("update plan set status = 'ISSUED' where id = ?").param(planId).update();
        mvc.perform(post("/plans/" + planId + "/tasks").with(user(c.viewer())).with(csrf())
                        .param("areaCode", "III").param("code", "X").param("title", "Nhiệm vụ")
                        .param("leadUnitId", String.valueOf(c.centreUnit())).param("deadlinePhrase", "Quý III"))
                .andExpect(status().isForbidden());
        assertThat(taskCount()).isEqualTo(1);
    }
}
