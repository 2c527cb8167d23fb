package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import vn.cchc.plan.TaskStatus;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The badge on a report line says what the line states: work stated done by its due date is not shown overdue
 * while the report waits for review, although the occurrence only counts as done once the report is accepted.
 */
@IntegrationTest
class ReportLineBadgesFollowTheLineTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long reportId;

    @BeforeEach
    void aSubmittedSeptemberReport() {
        c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "Q", "Ngày 30/09/2025", c.centreUnit());
        plans.task(c.standingAgency(), planId, "S", "Ngày 25/09/2025", c.centreUnit());
        plans.task(c.standingAgency(), planId, "T", "Ngày 20/09/2025", c.centreUnit());
        // Friday 03/10: every September line is past due; the September report is open until 10/10.
        clock.setToday(LocalDate.of(2025, 10, 3));
        reportId = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        reports.save(c.unitHead(), reportId, Map.of(
                lineId("Q"), line(ItemStatus.DONE, LocalDate.of(2025, 9, 29)),  // 29/09 ≤ 30/09: on time
                lineId("S"), line(ItemStatus.DONE, LocalDate.of(2025, 9, 29)),  // 29/09 > 25/09: late
                lineId("T"), line(ItemStatus.IN_PROGRESS, null)));              // still open after 20/09
        int version = jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class)
                .single();
        reports.submit(c.unitHead(), reportId, version, Map.of());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long lineId(String taskCode) {
        return line(taskCode).item().id();
    }

    private ReportPage.Line line(String taskCode) {
        return reports.page(c.standingAgency(), reportId).lines().stream()
                .filter(l -> l.taskCode().equals(taskCode)).findFirst().orElseThrow();
    }

    private ItemForm line(ItemStatus status, LocalDate completedOn) {
        ItemForm form = new ItemForm();
        form.setStatus(status);
        form.setCompletedOn(completedOn);
        form.setPercent(status.done() ? 100 : 50);
        return form;
    }

    @Test
    void aLineStatedDoneByItsDueDateIsBadgedDoneOnTimeWhileTheReportAwaitsReview() throws Exception {
        assertThat(reports.page(c.standingAgency(), reportId).report().state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(line("Q").due()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(line("Q").status()).isEqualTo(TaskStatus.DONE_ON_TIME);
        String html = mvc.perform(get("/progress/reports/" + reportId).with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("status-DONE_ON_TIME", "status-DONE_LATE");
    }

    @Test
    void aLineStatedDoneAfterItsDueDateIsBadgedDoneLate() {
        assertThat(line("S").due()).isEqualTo(LocalDate.of(2025, 9, 25));
        assertThat(line("S").status()).isEqualTo(TaskStatus.DONE_LATE);
    }

    @Test
    void aLineStillInProgressAfterItsDueDateIsBadgedOverdue() {
        assertThat(line("T").status()).isEqualTo(TaskStatus.OVERDUE);
    }
}
