package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.TaskStatus;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The dashboard's figures for a small plan worked out by hand. Monthly reporting, 2025; as of 03/10/2025 the
 * centre has reported September (Q done on 25/09, accepted); the culture office and the office have not.
 */
@IntegrationTest
class ProgressDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanQueries queries;
    @Autowired ReportService reports;
    @Autowired ProgressDashboard dashboards;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long planId;
    long taskQ;

    @BeforeEach
    void reportedSeptember() {
        c = fixture.commune();
        planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        taskQ = plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());
        plans.task(c.standingAgency(), planId, "F", "Trước ngày 10/10/2025", c.cultureUnit(), c.centreUnit());
        plans.task(c.standingAgency(), planId, "D", "Tháng 12", c.officeUnit());
        clock.setToday(LocalDate.of(2025, 9, 28));
        long report = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        ReportPage.Line q = reports.page(c.unitHead(), report).lines().stream().filter(l -> l.taskCode().equals("Q"))
                .findFirst().orElseThrow();
        ItemForm done = new ItemForm();
        done.setStatus(ItemStatus.DONE);
        done.setCompletedOn(LocalDate.of(2025, 9, 25));
        done.setVersion(q.item().version());
        reports.save(c.unitHead(), report, Map.of(q.item().id(), done));
        reports.submit(c.unitHead(), report, version(report), Map.of());
        reports.review(c.standingAgency(), report, true, null, version(report));
        clock.setToday(LocalDate.of(2025, 10, 3));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private int version(long report) {
        return jdbc.sql("select version from unit_report where id = ?").param(report).query(Integer.class).single();
    }

    @Test
    void figuresForSeptemberAsOfTheThirdOfOctober() {
        Plan plan = queries.plan(c.id(), planId).orElseThrow();
        ProgressDashboard.Dashboard d = dashboards.of(plan, "2025M09", null, LocalDate.of(2025, 10, 3));
        // Led occurrences due in September: Q only, done on time.
        assertThat(d.total().total()).isEqualTo(1);
        assertThat(d.total().get("DONE_ON_TIME")).isEqualTo(1);
        assertThat(d.missingReports()).extracting(Unit::id).containsExactlyInAnyOrder(c.cultureUnit(), c.officeUnit());
        ProgressDashboard.UnitRow centre = d.byUnit().stream().filter(r -> r.unit().id() == c.centreUnit()).findFirst()
                .orElseThrow();
        // Due by 03/10: January–September (due the 30th, February the 28th) plus Q1, six months and nine months = 12.
        assertThat(centre.discipline().expected()).isEqualTo(12);
        assertThat(centre.discipline().received()).isEqualTo(1);
        assertThat(centre.discipline().onTime()).isEqualTo(1);
        // The centre's input to F was due 02/10 and is overdue; Q was done on time.
        assertThat(centre.toDate().get("DONE_ON_TIME")).isEqualTo(1);
        assertThat(centre.toDate().get("OVERDUE")).isEqualTo(1);
        assertThat(d.overdue()).extracting(o -> o.taskCode() + ":" + o.role()).containsExactly("F:COORDINATOR");
        assertThat(d.ranking().get(0).unit().id()).isIn(c.centreUnit(), c.officeUnit(), c.cultureUnit());
        assertThat(d.trend()).hasSize(10); // January to October (today)
        assertThat(d.trend().get(8)).isEqualTo(new ProgressDashboard.TrendPoint("9/2025", 1, 1, 0));
    }

    @Test
    void theDashboardPageShowsTheFiguresAndTheChartData() throws Exception {
        mvc.perform(get("/progress").param("plan", String.valueOf(planId)).param("period", "2025M09")
                        .with(user(c.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("100%")))
                .andExpect(content().string(containsString("Đơn vị chưa nộp: Báo cáo tháng 9/2025")))
                .andExpect(content().string(containsString("Phòng Văn hóa – Xã hội")))
                .andExpect(content().string(containsString("&quot;month&quot;:&quot;9/2025&quot;")));
        mvc.perform(get("/progress").param("plan", String.valueOf(planId)).param("unit", String.valueOf(c.centreUnit()))
                        .with(user(c.leader())))
                .andExpect(status().isOk());
    }

    @Test
    void theUnitPageTheReportingMatrixAndTheTaskPageAgree() throws Exception {
        mvc.perform(get("/progress/my").with(user(c.unitHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo tháng 9/2025")))
                .andExpect(content().string(containsString("Đã chấp nhận")))
                .andExpect(content().string(containsString("Việc tháng 10/2025")));
        // The chairman has no unit of his own: he picks one.
        mvc.perform(get("/progress/my").param("unit", String.valueOf(c.centreUnit())).with(user(c.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("— Chọn đơn vị —")))
                .andExpect(content().string(containsString("Việc của đơn vị</span><small class=\"text-muted\"> – Trung tâm Phục vụ hành chính công")));
        mvc.perform(get("/progress/plans/" + planId + "/periods").with(user(c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Đạt<")))
                .andExpect(content().string(containsString(">Thiếu<")));
        mvc.perform(get("/progress/tasks/" + taskQ + "/occurrences").with(user(c.unitHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoàn thành đúng hạn")))
                .andExpect(content().string(containsString("25/09/2025")));
        assertThat(queries.tasks(queries.plan(c.id(), planId).orElseThrow(), null).stream()
                .filter(v -> v.task().id() == taskQ).findFirst().orElseThrow().status()).isEqualTo(TaskStatus.DONE_ON_TIME);
    }

    @Test
    void theOccurrencesApiGivesEachUnitsDueDateAndState() throws Exception {
        mvc.perform(get("/api/v1/progress/plans/" + planId + "/occurrences").with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.taskCode == 'Q')].status").value("DONE_ON_TIME"))
                .andExpect(jsonPath("$[?(@.taskCode == 'Q')].completedOn").value("2025-09-25"))
                .andExpect(jsonPath("$[?(@.taskCode == 'F' && @.role == 'COORDINATOR')].due").value("2025-10-02"))
                .andExpect(jsonPath("$[?(@.taskCode == 'F' && @.role == 'COORDINATOR')].status").value("OVERDUE"))
                .andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void remindersShowUpAsNotificationsWithAnUnreadCount() throws Exception {
        jdbc.sql("""
                        insert into notification (commune_id, user_id, kind, dedupe_key, subject, body, link, created_at)
                        values (?, ?, 'DUE_IN', 'k1', 'Nhiệm vụ F đến hạn sau 3 ngày (02/10/2025)', 'Nội dung', '/progress/my', now())""")
                .params(c.id(), c.unitHead().id()).update();
        // Unread: this reminder and the notice that September's report was accepted.
        mvc.perform(get("/notifications").with(user(c.unitHead())))
                .andExpect(content().string(containsString("Nhiệm vụ F đến hạn sau 3 ngày")))
                .andExpect(content().string(containsString("Báo cáo tháng 9/2025 của đơn vị đã được chấp nhận")))
                .andExpect(content().string(containsString("rounded-pill text-bg-warning\">2<")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/notifications/read")
                .with(user(c.unitHead()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        mvc.perform(get("/notifications").with(user(c.unitHead())))
                .andExpect(content().string(not(containsString("rounded-pill text-bg-warning"))));
        mvc.perform(get("/notifications").with(user(c.unitStaff())))
                .andExpect(content().string(not(containsString("Nhiệm vụ F đến hạn"))));
    }
}
