package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * Reading a report adds no lines, so every change that makes a report editable again brings the lines of tasks
 * added while it could not be edited: a report returned by the reviewer, a locked period given a later lock date.
 */
@IntegrationTest
class ReportLinesFollowChangesTest {

    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanQueries planQueries;
    @Autowired ReportService reports;
    @Autowired ReportingWindows windows;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long planId;

    @BeforeEach
    void planWithAQuarterTask() {
        c = fixture.commune();
        planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<String> taskCodes(long reportId) {
        return jdbc.sql("""
                        select t.code from unit_report_item i join plan_task t on t.id = i.task_id
                        where i.report_id = ? order by t.code""")
                .param(reportId).query(String.class).list();
    }

    private int version(long reportId) {
        return jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class).single();
    }

    @Test
    void aReturnedReportGetsTheLinesOfTasksAddedWhileItWasWithTheReviewer() {
        clock.setToday(LocalDate.of(2025, 9, 20));
        long id = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        reports.submit(c.unitHead(), id, version(id), Map.of());
        plans.task(c.standingAgency(), planId, "N", "Tháng 9", c.centreUnit());
        assertThat(taskCodes(id)).containsExactly("Q"); // a submitted report is not the unit's to change

        reports.review(c.standingAgency(), id, false, "Bổ sung nhiệm vụ mới giao", version(id));

        assertThat(taskCodes(id)).containsExactly("N", "Q");
    }

    @Test
    void aLaterLockDateGivesALockedPeriodsReportTheLinesItMissed() {
        // August is due on the 30th and locks 10 days later, on 09/09/2025.
        clock.setToday(LocalDate.of(2025, 8, 25));
        long id = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M08");
        clock.setToday(LocalDate.of(2025, 9, 20));
        plans.task(c.standingAgency(), planId, "N", "Tháng 8", c.centreUnit());
        assertThat(taskCodes(id)).containsExactly("Q"); // locked: nobody can fill the line

        Plan plan = planQueries.plan(c.id(), planId).orElseThrow();
        windows.setWindow(c.standingAgency(), plan, "2025M08", LocalDate.of(2025, 8, 30), LocalDate.of(2025, 9, 30));

        assertThat(taskCodes(id)).containsExactly("N", "Q");
    }
}
