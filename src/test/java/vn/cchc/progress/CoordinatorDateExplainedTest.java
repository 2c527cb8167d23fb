package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/** A coordinating unit's earlier date says why: the working days before the lead's due date, and that date. */
@IntegrationTest
class CoordinatorDateExplainedTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCoordinatorsListAndReportSayTheirDateIsFiveWorkingDaysBeforeTheLeads() throws Exception {
        Fixture.Commune c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        // Lead: the culture unit, due at the end of September (Tue 30/09/2025). The centre coordinates: 5 working
        // days earlier, counting back Mon 29, Fri 26, Thu 25, Wed 24, Tue 23 → 23/09/2025 (no holiday between).
        plans.task(c.standingAgency(), planId, "P", "Tháng 9", c.cultureUnit(), c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 20));

        String mine = mvc.perform(get("/progress/my").with(user(c.unitHead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("23/09/2025")
                .contains("đơn vị phối hợp: 5 ngày làm việc trước hạn của đơn vị chủ trì (30/09/2025)");

        long id = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        String report = mvc.perform(get("/progress/reports/" + id).param("lang", "en").with(user(c.unitHead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("coordinating unit: 5 working days before the lead unit&#39;s due date (30/09/2025)");
    }
}
