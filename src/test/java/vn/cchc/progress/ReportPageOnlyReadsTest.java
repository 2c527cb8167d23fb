package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * Showing a report writes nothing: its lines are kept up to date on write paths (opening it, a task added to the
 * plan), so the page a unit reads is the same as when the page itself added them.
 */
@IntegrationTest
class ReportPageOnlyReadsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long planId;

    @BeforeEach
    void planWithATask() {
        c = fixture.commune();
        planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 20));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The report's row and its lines, with the transaction that last wrote each (xmin): any write changes it. */
    private String written(long reportId) {
        return jdbc.sql("""
                        select (select xmin::text || '/' || version from unit_report where id = :id) || ' ' ||
                               coalesce((select string_agg(id || ':' || xmin::text, ',' order by id)
                                         from unit_report_item where report_id = :id), '')""")
                .param("id", reportId).query(String.class).single();
    }

    @Test
    void aTaskAddedAfterTheReportWasOpenedIsOnThePageWithoutThePageWritingAnything() throws Exception {
        long id = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        plans.task(c.standingAgency(), planId, "N", "Tháng 9", c.centreUnit());
        String before = written(id);
        assertThat(before).contains(",");   // two lines: Q and the task added later

        mvc.perform(get("/progress/reports/" + id).with(user(c.unitHead())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhiệm vụ N")));
        mvc.perform(get("/progress/reports/" + id).with(user(c.standingAgency()))).andExpect(status().isOk());

        assertThat(written(id)).isEqualTo(before);
    }
}
