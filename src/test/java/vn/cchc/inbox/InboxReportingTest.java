package vn.cchc.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.progress.ReportService;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The reporting sources of the inbox on a monthly 2025 plan: the September report is due 30/09/2025 and locks on
 * 10/10/2025; on Monday 22/09/2025 that leaves 14 working days (23–26/9, 29/9–3/10, 6–10/10).
 */
@IntegrationTest
class InboxReportingTest {

    @Autowired InboxService inbox;
    @Autowired ReportService reports;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    Fixture.Commune c;
    Fixture.Commune other;
    long planId;

    @BeforeEach
    void plan() {
        c = fixture.commune();
        other = fixture.commune();
        planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "III.4", "Tháng 9", c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 22));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSubmittedReportWaitsOnTheStandingAgencyNotOnTheUnitAViewerOrAnotherCommune() throws Exception {
        long id = submittedSeptemberReport();

        assertThat(items(c.standingAgency(), Inbox.Kind.REVIEW)).containsExactly(new InboxItem(
                "Báo cáo tháng 9/2025 — TTPVHCC", "Kế hoạch CCHC 2025", "/progress/reports/" + id,
                LocalDate.of(2025, 10, 10), 14, null));
        assertThat(items(c.admin(), Inbox.Kind.REVIEW)).hasSize(1);
        assertThat(items(c.unitHead(), Inbox.Kind.REVIEW)).isEmpty();
        assertThat(items(c.unitStaff(), Inbox.Kind.REVIEW)).isEmpty();
        assertThat(inbox.of(c.viewer()).sections()).isEmpty();
        assertThat(inbox.of(c.viewer()).canAct()).isFalse();
        assertThat(items(other.standingAgency(), Inbox.Kind.REVIEW)).isEmpty();

        String page = mvc.perform(get("/inbox").with(user(c.standingAgency()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Báo cáo chờ duyệt", "Báo cáo tháng 9/2025 — TTPVHCC", "10/10/2025",
                "còn 14 ngày làm việc", "href=\"/progress/reports/" + id + "\"");
        String viewer = mvc.perform(get("/inbox").with(user(c.viewer()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(viewer).contains("chỉ để xem", "href=\"/overview\"").doesNotContain("Báo cáo chờ duyệt");
    }

    @Test
    void aReturnedReportWaitsOnItsOwnUnitOnlyAndTurnsOverdueAfterItsLockDate() {
        long id = submittedSeptemberReport();
        reports.review(c.standingAgency(), id, false, "Bổ sung số liệu", version(id));

        assertThat(items(c.unitHead(), Inbox.Kind.RETURNED)).containsExactly(new InboxItem("Báo cáo tháng 9/2025",
                "Kế hoạch CCHC 2025", "/progress/reports/" + id, LocalDate.of(2025, 10, 10), 14, null));
        assertThat(items(c.standingAgency(), Inbox.Kind.RETURNED)).isEmpty();
        assertThat(items(c.standingAgency(), Inbox.Kind.REVIEW)).isEmpty();
        assertThat(items(c.unitStaff(), Inbox.Kind.RETURNED)).isEmpty();
        assertThat(items(other.unitHead(), Inbox.Kind.RETURNED)).isEmpty();

        // Tuesday 14/10: the lock date Friday 10/10 is two working days gone (13/10, 14/10).
        clock.setToday(LocalDate.of(2025, 10, 14));
        assertThat(items(c.unitHead(), Inbox.Kind.RETURNED)).extracting(InboxItem::daysLeft).containsExactly(-2);
    }

    /**
     * On Thursday 25/09/2025: III.4 due 30/09 (this month, 3 working days left: 26, 29, 30/9), III.5 due 31/08
     * (overdue by 17 working days: 1 and 2/9 are the National Day break, then 3/9–25/9), III.6 due 02/10 (due soon,
     * 5 left: 26, 29, 30/9, 1, 2/10). III.7 belongs to the office.
     */
    @Test
    void theUnitsLinesComeThisMonthFirstThenOverdueThenUpcomingAndOnlyToTheUnit() {
        plans.task(c.standingAgency(), planId, "III.5", "Tháng 8", c.centreUnit());
        plans.task(c.standingAgency(), planId, "III.6", "Ngày 02/10/2025", c.centreUnit());
        plans.task(c.standingAgency(), planId, "III.7", "Tháng 9", c.officeUnit());
        clock.setToday(LocalDate.of(2025, 9, 25));
        long september = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");

        List<InboxItem> lines = items(c.unitHead(), Inbox.Kind.LINES);
        assertThat(lines).extracting(InboxItem::title)
                .containsExactly("III.4 Nhiệm vụ III.4", "III.5 Nhiệm vụ III.5", "III.6 Nhiệm vụ III.6");
        assertThat(lines).extracting(InboxItem::deadline).containsExactly(LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 8, 31), LocalDate.of(2025, 10, 2));
        assertThat(lines).extracting(InboxItem::daysLeft).containsExactly(3, -17, 5);
        // The September report carries all three (an earlier open line, and the next one of another task).
        assertThat(lines).extracting(InboxItem::link).containsOnly("/progress/reports/" + september);
        // The office has no report open yet: its line leads to its page, where it starts one.
        assertThat(items(c.unitStaff(), Inbox.Kind.LINES)).extracting(InboxItem::title, InboxItem::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("III.7 Nhiệm vụ III.7", "/progress/my"));
        assertThat(items(c.leader(), Inbox.Kind.LINES)).isEmpty();
        assertThat(items(c.viewer(), Inbox.Kind.LINES)).isEmpty();
        assertThat(items(other.unitHead(), Inbox.Kind.LINES)).isEmpty();
    }

    private long submittedSeptemberReport() {
        long id = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        reports.submit(c.unitHead(), id, version(id), Map.of());
        return id;
    }

    private int version(long reportId) {
        return jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class).single();
    }

    private List<InboxItem> items(CurrentUser user, Inbox.Kind kind) {
        return inbox.of(user).sections().stream().filter(s -> s.kind() == kind).flatMap(s -> s.items().stream())
                .toList();
    }
}
