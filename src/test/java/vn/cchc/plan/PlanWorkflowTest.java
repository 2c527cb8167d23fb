package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.shared.InvalidInput;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/** A plan's life: tasks with typed deadlines, statuses as of a date, the overview, unit views, issue and close. */
@IntegrationTest
class PlanWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService service;
    @Autowired PlanQueries queries;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long planId;

    @BeforeEach
    void planWithTasks() {
        c = fixture.commune();
        planId = plans.plan(c.standingAgency(), "2025");
        plans.task(c.standingAgency(), planId, "A", "Quý III", c.centreUnit(), c.officeUnit());       // due 30/09
        plans.task(c.standingAgency(), planId, "B", "Trước ngày 10/10/2025", c.cultureUnit());         // due 09/10
        plans.task(c.standingAgency(), planId, "C", "Thường xuyên", c.centreUnit());
        plans.task(c.standingAgency(), planId, "D", "Theo Kế hoạch của tỉnh", c.officeUnit(), c.centreUnit());
        plans.task(c.standingAgency(), planId, "E", "Tháng 12", c.officeUnit());                       // due 31/12
        plans.task(c.standingAgency(), planId, "F",
                "Chậm nhất 02 ngày làm việc từ khi văn bản trả lời PAKN được ban hành", c.centreUnit());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void statusesAreComputedAsOfTheClock() {
        clock.setToday(LocalDate.of(2025, 10, 3));
        Map<String, TaskStatus> byCode = statuses();
        assertThat(byCode).containsEntry("A", TaskStatus.OVERDUE)      // 30/09 passed
                .containsEntry("B", TaskStatus.DUE_SOON)                 // 09/10 is 6 days away (≤ 7)
                .containsEntry("C", TaskStatus.OVERDUE)                  // reported quarterly: Q1–Q3 never accepted
                .containsEntry("D", TaskStatus.AWAITING)
                .containsEntry("E", TaskStatus.UPCOMING)                 // 31/12 is 89 days away
                .containsEntry("F", TaskStatus.EVENT_DRIVEN);

        clock.setToday(LocalDate.of(2025, 10, 1));
        assertThat(statuses()).containsEntry("B", TaskStatus.UPCOMING); // 8 days away
    }

    @Test
    void overviewCountsTasksByStatusAreaAndUnit() {
        clock.setToday(LocalDate.of(2025, 10, 3));
        PlanQueries.Overview overview = queries.overview(service.plan(c.standingAgency(), planId));
        assertThat(overview.taskCount()).isEqualTo(6);
        assertThat(overview.byStatus()).containsEntry(TaskStatus.OVERDUE, 2L).containsEntry(TaskStatus.DUE_SOON, 1L)
                .containsEntry(TaskStatus.UPCOMING, 1L).containsEntry(TaskStatus.DONE_ON_TIME, 0L);
        assertThat(overview.byArea().keySet()).extracting(ReformArea::code).containsExactly("III");
        PlanQueries.UnitLoad centre = overview.byUnit().stream().filter(u -> u.unit().id() == c.centreUnit()).findFirst().orElseThrow();
        assertThat(centre.leading()).isEqualTo(3);      // A, C, F
        assertThat(centre.coordinating()).isEqualTo(1); // D
        assertThat(overview.overdue()).extracting(v -> v.task().code()).containsExactly("A", "C");
        assertThat(overview.dueSoon()).extracting(v -> v.task().code()).containsExactly("B");
    }

    @Test
    void unitSeesTasksItLeadsAndCoordinates() throws Exception {
        issued(); // a draft's tasks are hidden from unit users (DraftPlansAreHiddenTest)
        mvc.perform(get("/my-tasks").with(user(c.unitHead()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhiệm vụ A")))  // lead
                .andExpect(content().string(containsString("Nhiệm vụ D")))  // coordinator
                .andExpect(content().string(not(containsString("Nhiệm vụ B"))))
                .andExpect(content().string(not(containsString("Nhiệm vụ E"))));
    }

    @Test
    void externalTaskGetsItsDueDateWhenTheProvinceDecides() {
        TaskForm form = TaskForm.of(service.task(c.standingAgency(), taskId("D")));
        form.setExternalDueDate(LocalDate.of(2025, 11, 14));
        service.updateTask(c.standingAgency(), taskId("D"), form);
        clock.setToday(LocalDate.of(2025, 11, 10));
        assertThat(statuses()).containsEntry("D", TaskStatus.DUE_SOON);

        TaskForm notExternal = TaskForm.of(service.task(c.standingAgency(), taskId("A")));
        notExternal.setExternalDueDate(LocalDate.of(2025, 11, 14));
        assertThatThrownBy(() -> service.updateTask(c.standingAgency(), taskId("A"), notExternal))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("plan.task.externalDueDate.notExternal"));
    }

    @Test
    void planIsIssuedOnlyWithItsDecisionAndClosedPlansAreReadOnly() throws Exception {
        mvc.perform(post("/plans/" + planId + "/status").param("status", "ISSUED").with(user(c.leader())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "plan.status.needsDecision"));
        assertThat(planStatus()).isEqualTo("DRAFT");
        mvc.perform(get("/plans/" + planId).flashAttr("problem", "plan.status.needsDecision").with(user(c.leader())))
                .andExpect(content().string(containsString("Cần nhập số và ngày ban hành trước khi ban hành kế hoạch.")));

        PlanForm form = PlanForm.of(service.plan(c.standingAgency(), planId));
        form.setDecisionNumber("456/QĐ-UBND");
        form.setDecisionDate(LocalDate.of(2025, 7, 24));
        service.updatePlan(c.standingAgency(), planId, form);
        mvc.perform(post("/plans/" + planId + "/status").param("status", "ISSUED").with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + planId + "/status").param("status", "ISSUED").with(user(c.leader())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(planStatus()).isEqualTo("ISSUED");
        mvc.perform(post("/plans/" + planId + "/status").param("status", "CLOSED").with(user(c.leader())).with(csrf()));
        assertThat(planStatus()).isEqualTo("CLOSED");

        mvc.perform(post("/plans/" + planId + "/tasks").with(user(c.standingAgency())).with(csrf())
                        .param("areaCode", "III").param("code", "G").param("title", "Muộn")
                        .param("leadUnitId", String.valueOf(c.centreUnit())).param("deadlinePhrase", "Quý IV"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Kế hoạch đã kết thúc, không thể sửa.")));
    }

    @Test
    void taskSearchIgnoresDiacritics() throws Exception {
        plans.task(c.standingAgency(), planId, "H", "Quý IV", c.centreUnit());
        jdbc.sql("update plan_task set title = 'Số hóa hồ sơ thủ tục hành chính' where plan_id = ? and code = 'H'")
                .param(planId).update();
        TaskForm form = TaskForm.of(service.task(c.standingAgency(), taskId("H")));
        service.updateTask(c.standingAgency(), taskId("H"), form); // refreshes the search key
        mvc.perform(get("/plans/" + planId).param("q", "so hoa ho so").header("HX-Request", "true")
                        .with(user(c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số hóa hồ sơ thủ tục hành chính")))
                .andExpect(content().string(not(containsString("Nhiệm vụ A"))));
    }

    @Test
    void taskListFiltersByStatusAndByLeadOrCoordinatingUnit() throws Exception {
        clock.setToday(LocalDate.of(2025, 10, 3));
        mvc.perform(get("/plans/" + planId).param("status", "OVERDUE").header("HX-Request", "true")
                        .with(user(c.standingAgency())))
                .andExpect(content().string(containsString("Nhiệm vụ A")))
                .andExpect(content().string(not(containsString("Nhiệm vụ B"))));
        // The office leads D and E and coordinates A.
        String office = mvc.perform(get("/plans/" + planId).param("unit", String.valueOf(c.officeUnit()))
                        .header("HX-Request", "true").with(user(c.standingAgency())))
                .andReturn().getResponse().getContentAsString();
        assertThat(office).contains("Nhiệm vụ A", "Nhiệm vụ D", "Nhiệm vụ E").doesNotContain("Nhiệm vụ B", "Nhiệm vụ C");
        mvc.perform(get("/plans/" + planId).param("status", "DONE_LATE").header("HX-Request", "true")
                        .with(user(c.standingAgency())))
                .andExpect(content().string(containsString("Không có nhiệm vụ nào khớp bộ lọc.")));
    }

    @Test
    void overviewTaskAndFormPagesRenderWithTheirFigures() throws Exception {
        clock.setToday(LocalDate.of(2025, 10, 3));
        issued(); // the viewer opens a task below: drafts are hidden from viewers
        String overview = mvc.perform(get("/overview").param("plan", String.valueOf(planId)).with(user(c.leader())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("6 nhiệm vụ", "tính đến ngày 03/10/2025", "Nhiệm vụ A", ">QH<");
        mvc.perform(get("/tasks/" + taskId("E")).with(user(c.viewer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tháng 12/2025")))
                .andExpect(content().string(containsString("31/12/2025")));
        mvc.perform(get("/tasks/" + taskId("E") + "/edit").with(user(c.standingAgency()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Th&aacute;ng 12\"")));
        // The indicators come grouped by their source ("Một cửa" for the one-stop ledger).
        mvc.perform(get("/plans/" + planId + "/targets/new").with(user(c.standingAgency()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<optgroup label=\"M")))
                .andExpect(content().string(containsString("<option value=\"SCORE_766\"")));
        mvc.perform(get("/plans/new").with(user(c.standingAgency()))).andExpect(status().isOk());
    }

    @Test
    void deadlinePreviewShowsTheUnderstoodRuleAndDates() throws Exception {
        mvc.perform(get("/plans/" + planId + "/deadline-preview").param("deadlinePhrase", "Quý III")
                        .with(user(c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quý III/2025")))
                .andExpect(content().string(containsString("30/09/2025")));
        mvc.perform(get("/plans/" + planId + "/deadline-preview").param("deadlinePhrase", "Định kỳ hàng tháng")
                        .with(user(c.standingAgency())))
                .andExpect(content().string(containsString("31/01/2025")))
                .andExpect(content().string(containsString("28/02/2025")));
        mvc.perform(get("/plans/" + planId + "/deadline-preview").param("deadlinePhrase", "lúc nào cũng được")
                        .with(user(c.standingAgency())))
                .andExpect(content().string(containsString("Chưa hiểu thời hạn")));
    }

    private Map<String, TaskStatus> statuses() {
        Plan plan = service.plan(c.standingAgency(), planId);
        Map<String, TaskStatus> result = new java.util.HashMap<>();
        queries.tasks(plan, null).forEach(v -> result.put(v.task().code(), v.status()));
        return result;
    }

    private long taskId(String code) {
        return jdbc.sql("select id from plan_task where plan_id = ? and code = ?").params(planId, code).query(Long.class).single();
    }

    private void issued() {
        jdbc.sql("update plan set status = 'ISSUED' where id = ?").param(planId).update();
    }

    private String planStatus() {
        return jdbc.sql("select status from plan where id = ?").param(planId).query(String.class).single();
    }
}
