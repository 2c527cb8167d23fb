package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * "Trình Chủ tịch ban hành": the drafter sends a draft plan with a note; the commune's chairman, and nobody else,
 * gets a notice; a refused request (wrong role, another commune, an issued plan, a note too long) stores nothing;
 * withdrawing ends the request, sending again notifies again, and issuing the plan clears it.
 */
@IntegrationTest
class SendingADraftForIssuingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theChairmanOfTheCommuneAloneIsToldAndIssuingClearsTheRequest() throws Exception {
        Fixture.Commune c = fixture.commune();
        Fixture.Commune other = fixture.communeBeside(c);
        long plan = plans.plan(c.standingAgency(), "2026");
        clock.setToday(LocalDate.of(2026, 1, 5));
        mvc.perform(post("/plans/" + plan + "/issue-request").param("note", "Đã lấy ý kiến các phòng.")
                        .with(user(c.standingAgency())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan))
                .andExpect(flash().attribute("notice", "plan.issueRequest.sent"));
        assertThat(requests(plan)).isEqualTo(1);
        assertThat(jdbc.sql("select note from plan_issue_request where plan_id = ?").param(plan).query(String.class)
                .single()).isEqualTo("Đã lấy ý kiến các phòng.");
        assertThat(noticesFor(c.id())).containsExactly(c.leader().id());
        assertThat(noticesFor(other.id())).isEmpty();
        assertThat(jdbc.sql("select link from notification where user_id = ? and kind = 'ISSUE_REQUEST'")
                .param(c.leader().id()).query(String.class).single()).isEqualTo("/plans/" + plan);

        // The chairman sees who sent it on the plan page, with the Issue button.
        mvc.perform(get("/plans/" + plan).with(user(c.leader()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã trình Chủ tịch ban hành: Người dùng " + c.standingAgency().getUsername())))
                .andExpect(content().string(containsString("id=\"issue-plan\"")));

        // Withdrawn, then sent again a day later: a second notice.
        mvc.perform(post("/plans/" + plan + "/issue-request/withdraw").with(user(c.admin())).with(csrf()))
                .andExpect(flash().attribute("notice", "plan.issueRequest.withdrawn"));
        assertThat(requests(plan)).isZero();
        clock.setToday(LocalDate.of(2026, 1, 6));
        mvc.perform(post("/plans/" + plan + "/issue-request").with(user(c.standingAgency())).with(csrf()))
                .andExpect(flash().attribute("notice", "plan.issueRequest.sent"));
        assertThat(noticesFor(c.id())).containsExactly(c.leader().id(), c.leader().id());

        // The chairman issues (the decision recorded first): the request is answered.
        jdbc.sql("update plan set decision_number = '5/QĐ-UBND', decision_date = date '2026-01-06' where id = ?")
                .param(plan).update();
        mvc.perform(post("/plans/" + plan + "/status").param("status", "ISSUED").with(user(c.leader())).with(csrf()))
                .andExpect(flash().attribute("notice", "plan.status.changed"));
        assertThat(requests(plan)).isZero();
    }

    @Test
    void aRefusedRequestStoresNothing() throws Exception {
        Fixture.Commune c = fixture.commune();
        Fixture.Commune other = fixture.communeBeside(c);
        long plan = plans.plan(c.standingAgency(), "2026");
        // A unit head cannot send (nor see the draft: 404), nor can the chairman, who issues it himself.
        mvc.perform(post("/plans/" + plan + "/issue-request").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + plan + "/issue-request").with(user(c.leader())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + plan + "/issue-request").with(user(other.standingAgency())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + plan + "/issue-request").param("note", "x".repeat(1001))
                        .with(user(c.standingAgency())).with(csrf()))
                .andExpect(flash().attribute("problem", "plan.issueRequest.noteTooLong"));
        mvc.perform(post("/plans/" + plan + "/issue-request/withdraw").with(user(c.standingAgency())).with(csrf()))
                .andExpect(flash().attribute("problem", "plan.issueRequest.none"));
        long issued = plans.issuedPlan(c.standingAgency(), "2025", vn.cchc.calendar.PeriodType.QUARTER);
        mvc.perform(post("/plans/" + issued + "/issue-request").with(user(c.standingAgency())).with(csrf()))
                .andExpect(flash().attribute("problem", "plan.issueRequest.notDraft"));
        assertThat(requests(plan) + requests(issued)).isZero();
        assertThat(noticesFor(c.id())).isEmpty();
    }

    private int requests(long plan) {
        return jdbc.sql("select count(*) from plan_issue_request where plan_id = ?").param(plan).query(Integer.class)
                .single();
    }

    private List<Long> noticesFor(long communeId) {
        return jdbc.sql("select user_id from notification where commune_id = ? and kind = 'ISSUE_REQUEST' order by id")
                .param(communeId).query(Long.class).list();
    }
}
