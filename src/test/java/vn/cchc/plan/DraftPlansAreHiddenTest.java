package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/**
 * A draft plan is shown to those who act on it (its editors, the chairman who issues it) and to nobody else of the
 * commune: unit heads, unit staff and viewers get 404 on its pages and do not find it in any list.
 */
@IntegrationTest
class DraftPlansAreHiddenTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanQueries queries;

    @Test
    void unitUsersAndViewersNeitherOpenNorListADraft() throws Exception {
        Fixture.Commune c = fixture.commune();
        long issued = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.QUARTER);
        plans.task(c.standingAgency(), issued, "I1", "Quý IV", c.centreUnit());
        long draft = plans.plan(c.standingAgency(), "2026");
        long draftTask = plans.task(c.standingAgency(), draft, "D1", "Quý III", c.centreUnit(), c.officeUnit());
        String draftTitle = "Kế hoạch CCHC 2026";
        for (CurrentUser hidden : List.of(c.unitHead(), c.unitStaff(), c.viewer())) {
            for (String page : List.of("/plans/" + draft, "/overview?plan=" + draft, "/progress?plan=" + draft,
                    "/tasks/" + draftTask, "/progress/tasks/" + draftTask + "/occurrences",
                    "/progress/plans/" + draft + "/periods", "/plans/" + draft + "/deadline-preview?phrase=Qu%C3%BD+III")) {
                mvc.perform(get(page).with(user(hidden))).andExpect(status().isNotFound());
            }
            for (String list : List.of("/plans", "/overview", "/progress")) {
                mvc.perform(get(list).with(user(hidden))).andExpect(status().isOk())
                        .andExpect(content().string(containsString("Kế hoạch CCHC 2025")))
                        .andExpect(content().string(not(containsString(draftTitle))));
            }
            assertThat(queries.plansFor(hidden)).extracting(Plan::id).containsExactly(issued);
        }
        // The centre's own task list names only the issued plan's task.
        mvc.perform(get("/my-tasks").with(user(c.unitHead()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("I1")))
                .andExpect(content().string(not(containsString("D1"))));
        for (CurrentUser actor : List.of(c.standingAgency(), c.admin(), c.leader())) {
            mvc.perform(get("/plans/" + draft).with(user(actor))).andExpect(status().isOk());
            mvc.perform(get("/plans").with(user(actor))).andExpect(content().string(containsString(draftTitle)));
            assertThat(queries.plansFor(actor)).extracting(Plan::id).containsExactly(draft, issued);
        }
    }
}
