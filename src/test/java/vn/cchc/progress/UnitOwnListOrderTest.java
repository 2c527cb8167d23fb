package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/** A unit's own list opens with this month's work, then what is overdue, then what is due soon. */
@IntegrationTest
class UnitOwnListOrderTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired MutableClock clock;

    Fixture.Commune c;

    @BeforeEach
    void centreTasksAcrossTheYear() {
        c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "A", "Ngày 15/01/2025", c.centreUnit());
        plans.task(c.standingAgency(), planId, "B", "Ngày 28/09/2025", c.centreUnit());
        plans.task(c.standingAgency(), planId, "C", "Ngày 10/09/2025", c.centreUnit());
        plans.task(c.standingAgency(), planId, "E", "Ngày 02/10/2025", c.centreUnit());
        plans.task(c.standingAgency(), planId, "G", "Ngày 15/08/2025", c.centreUnit());
        // The office leads H on Friday 03/10; the centre's input is due five working days earlier, Friday 26/09.
        plans.task(c.standingAgency(), planId, "H", "Ngày 03/10/2025", c.officeUnit(), c.centreUnit());
        plans.task(c.standingAgency(), planId, "U", "Theo Kế hoạch của tỉnh", c.centreUnit());
        plans.task(c.standingAgency(), planId, "Z", "Ngày 16/12/2025", c.centreUnit());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thisMonthsItemsComeFirstThenOverdueThenDueSoonEachByDueDate() throws Exception {
        clock.setToday(LocalDate.of(2025, 9, 26));
        // September: C (10/09, overdue), H (26/09, the centre's own date), B (28/09); then overdue A (15/01) and
        // G (15/08); then E (02/10, due in 6 days); U has no date; Z (16/12) is neither due soon nor overdue.
        assertThat(listedCodes()).containsExactly("C", "H", "B", "A", "G", "E", "U");
    }

    @Test
    void onTheFirstOfTheMonthTheNewMonthsItemsLeadAndLastMonthsOpenOnesCountAsOverdue() throws Exception {
        clock.setToday(LocalDate.of(2025, 10, 1));
        // October: E (02/10); then overdue A, G, C, H (26/09), B (28/09); nothing else due by 08/10.
        assertThat(listedCodes()).containsExactly("E", "A", "G", "C", "H", "B", "U");
    }

    private List<String> listedCodes() throws Exception {
        var model = mvc.perform(get("/progress/my").with(user(c.unitHead()))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel();
        @SuppressWarnings("unchecked")
        List<ProgressController.PlanObligations> sections =
                (List<ProgressController.PlanObligations>) model.get("sections");
        return sections.stream().flatMap(s -> s.now().stream()).map(Obligation::taskCode).toList();
    }
}
