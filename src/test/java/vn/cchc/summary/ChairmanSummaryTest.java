package vn.cchc.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.dossier.ServiceIndicators;
import vn.cchc.org.CurrentUser;
import vn.cchc.parindex.Scenes;
import vn.cchc.plan.IssueRequests;
import vn.cchc.progress.AcceptedReports;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The chairman's summary on fixture communes worked out by hand. Plan 2025, as of 03/10/2025: five tasks, Q (centre,
 * "Quý III") done on 25/09 and accepted; A "Tháng 3" and B "Tháng 5" (office) and C "Tháng 8" (culture) overdue;
 * D "Tháng 12" (office) not yet due. So 1 of 5 done (20%), 3 overdue, the office 2 of its 3 overdue, the culture
 * unit 1 of 1, the centre none.
 */
@IntegrationTest
class ChairmanSummaryTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired AcceptedReports accepted;
    @Autowired ChairmanSummary summaries;
    @Autowired IssueRequests issueRequests;
    @Autowired ServiceIndicators indicators;
    @Autowired Scenes scenes;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void planCompletionLateUnitsAndWhatAwaitsTheChairman() throws Exception {
        Fixture.Commune c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());
        plans.task(c.standingAgency(), planId, "A", "Tháng 3", c.officeUnit());
        plans.task(c.standingAgency(), planId, "B", "Tháng 5", c.officeUnit(), c.centreUnit());
        plans.task(c.standingAgency(), planId, "C", "Tháng 8", c.cultureUnit());
        plans.task(c.standingAgency(), planId, "D", "Tháng 12", c.officeUnit());
        clock.setToday(LocalDate.of(2025, 9, 28));
        accepted.done(c.unitHead(), c.standingAgency(), planId, c.centreUnit(), "2025M09", "Q", LocalDate.of(2025, 9, 25));
        long draft = plans.plan(c.standingAgency(), "2026");
        issueRequests.send(c.standingAgency(), draft, "Kính trình");
        clock.setToday(LocalDate.of(2025, 10, 3));

        ChairmanSummary.Summary s = summaries.of(c.leader());
        // The newest issued plan, not the newer draft.
        assertThat(s.plan().plan().id()).isEqualTo(planId);
        assertThat(s.plan().tasks()).isEqualTo(5);
        assertThat(s.plan().done()).isEqualTo(1);
        assertThat(s.plan().overdue()).isEqualTo(3);
        assertThat(s.plan().lateUnits()).extracting(u -> u.unitId() + ":" + u.overdue() + "/" + u.leading())
                .containsExactly(c.officeUnit() + ":2/3", c.cultureUnit() + ":1/1");
        assertThat(s.plansToIssue()).extracting(w -> w.plan().id()).containsExactly(draft);
        assertThat(s.par()).isNull();
        assertThat(s.awaitingCount()).isEqualTo(1);
        // 766: January to October begun by 03/10, four quarters; the year's total is the score card's.
        assertThat(s.score().months()).hasSize(10);
        assertThat(s.score().quarters()).hasSize(4);
        assertThat(s.score().total()).isEqualByComparingTo(indicators.score(c.id(), Period.year(2025)).total());

        mvc.perform(get("/summary").with(user(c.leader()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trình ban hành: Kế hoạch CCHC 2026")))
                .andExpect(content().string(containsString(">20%<")))
                .andExpect(content().string(containsString("Đã hoàn thành 1/5 nhiệm vụ")))
                .andExpect(content().string(containsString("Văn phòng HĐND và UBND")))
                .andExpect(content().string(containsString("&quot;label&quot;:&quot;T10&quot;")));
        // The standing agency reads it too; the viewer, who may not see drafts, sees no plan to issue.
        mvc.perform(get("/summary").with(user(c.standingAgency()))).andExpect(status().isOk());
        assertThat(summaries.of(c.viewer()).plansToIssue()).isEmpty();
        mvc.perform(get("/summary").with(user(c.viewer()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Kế hoạch CCHC 2026"))));
        for (CurrentUser unitUser : List.of(c.unitHead(), c.unitStaff())) {
            mvc.perform(get("/summary").with(user(unitUser))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/summary").with(user(c.provinceAdmin()))).andExpect(status().isNotFound());
    }

    /**
     * PAR, small set (20 self-scorable points, 5 survey points): only A2.2 scored 2 and accepted, so the self score
     * is 2/20 = 10%, group C (below 80%), 1 of 6 criteria accepted, not ready to approve, no rank before appraisal.
     */
    @Test
    void parSelfScoreGradeAndNoRankBeforeAppraisal() throws Exception {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(c);
        scenes.scoreAndAccept(c, id, "A2.2", "2", null, null);

        ChairmanSummary.Summary s = summaries.of(c.leader());
        assertThat(s.par().assessment().id()).isEqualTo(id);
        assertThat(s.par().selfPercent()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(s.par().grade()).isEqualTo("C");
        assertThat(s.par().accepted()).isEqualTo(1);
        assertThat(s.par().criteria()).isEqualTo(6);
        assertThat(s.par().rank()).isNull();
        assertThat(s.parToApprove()).isEmpty();
        mvc.perform(get("/summary").with(user(c.leader()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("10%")))
                .andExpect(content().string(containsString("Khi tỉnh thẩm định xong")));
    }
}
