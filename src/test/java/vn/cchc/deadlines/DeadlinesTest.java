package vn.cchc.deadlines;

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
import vn.cchc.org.CurrentUser;
import vn.cchc.pakn.PaknForm;
import vn.cchc.pakn.PaknService;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * Whose due dates each user sees, on a commune (own province, no criteria set) on 10/12/2026 with a quarterly 2026
 * plan: task T1 "Tháng 12" led by the office (due 31/12/2026) with the service centre coordinating (5 working days
 * earlier: Thu 24/12), the units' annual report due 30/12 (the plan's due day 30; both units report), and a PAKN
 * item due 18/12 (the service centre's to answer).
 */
@IntegrationTest
class DeadlinesTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Autowired Deadlines deadlines;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PaknService pakn;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    Fixture.Commune c;
    long task;

    @BeforeEach
    void commune() {
        clock.setToday(LocalDate.of(2026, 12, 10));
        c = fixture.communeInOwnProvince();
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.QUARTER);
        task = plans.task(c.standingAgency(), plan, "T1", "Tháng 12", c.officeUnit(), c.centreUnit());
        pakn.save(c.admin(), null, paknItem("PA-1", LocalDate.of(2026, 12, 18)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theOfficesStaffSeeTheirLeadDateAndTheUnitsReportOnly() {
        assertThat(lines(c.unitStaff(), null)).containsExactly(
                "2026-12-30 UNIT_REPORT Báo cáo năm 2026 – Kế hoạch CCHC 2026 VP, TTPVHCC",
                "2026-12-31 TASK T1 Nhiệm vụ T1 (Tháng 12/2026) VP");
    }

    @Test
    void theServiceCentresHeadSeesTheEarlierCoordinatingDateAndThePaknAnswer() {
        assertThat(lines(c.unitHead(), null)).containsExactly(
                "2026-12-18 PAKN PA-1 Phản ánh về đèn đường",
                "2026-12-24 TASK T1 Nhiệm vụ T1 (Tháng 12/2026) TTPVHCC phối hợp",
                "2026-12-30 UNIT_REPORT Báo cáo năm 2026 – Kế hoạch CCHC 2026 VP, TTPVHCC");
    }

    @Test
    void aCoordinatorFilteringByTheServiceCentreSeesWhatItsHeadSees() {
        assertThat(lines(c.leader(), c.centreUnit())).isEqualTo(lines(c.unitHead(), null));
        List<String> commune = lines(c.viewer(), null);
        assertThat(commune).contains("2026-12-24 TASK T1 Nhiệm vụ T1 (Tháng 12/2026) TTPVHCC phối hợp",
                "2026-12-31 TASK T1 Nhiệm vụ T1 (Tháng 12/2026) VP", "2026-12-18 PAKN PA-1 Phản ánh về đèn đường");
    }

    @Test
    void anotherCommunesPlansAndPaknNeverAppearAndItsUnitIsNotFound() throws Exception {
        Fixture.Commune other = fixture.communeBeside(c);
        long plan = plans.issuedPlan(other.standingAgency(), "2026", PeriodType.QUARTER);
        plans.task(other.standingAgency(), plan, "X9", "Tháng 12", other.officeUnit(), other.centreUnit());
        pakn.save(other.admin(), null, paknItem("PB-7", LocalDate.of(2026, 12, 21)));
        for (CurrentUser u : List.of(c.standingAgency(), c.unitStaff(), c.unitHead())) {
            assertThat(lines(u, null)).noneMatch(l -> l.contains("X9") || l.contains("PB-7"));
        }
        for (CurrentUser u : List.of(c.standingAgency(), c.unitStaff())) {
            mvc.perform(get("/deadlines").param("unit", String.valueOf(other.officeUnit())).with(user(u)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theMonthPageNamesWeekdaysInEachLanguageShadesNewYearAndLinksToTheTask() throws Exception {
        String vi = page(get("/deadlines").param("month", "2026-12").param("unit", String.valueOf(c.centreUnit()))
                .with(user(c.standingAgency())));
        assertThat(vi).contains("Lịch hạn tháng 12/2026", "Thứ Hai", "Chủ nhật", "href=\"/tasks/" + task + "\"",
                "month=2027-01", "month=2026-11", "Hôm nay");
        String en = page(get("/deadlines").param("month", "2027-01").param("lang", "en").with(user(c.unitStaff())));
        assertThat(en).contains("Deadlines, 1/2027", "Monday", "Sunday", "Tết Dương lịch")
                .doesNotContain("Hôm nay");
    }

    @Test
    void aMonthThatIsNotYearDashMonthIsRefusedOnThePage() throws Exception {
        for (String bad : List.of("2026-13", "11/2026", "1899-01", "abc")) {
            mvc.perform(get("/deadlines").param("month", bad).with(user(c.standingAgency())))
                    .andExpect(status().isUnprocessableEntity());
        }
    }

    @Test
    void aProvinceUserHasNoCalendarOfDeadlines() throws Exception {
        mvc.perform(get("/deadlines").with(user(c.provinceAdmin()))).andExpect(status().isNotFound());
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<String> lines(CurrentUser me, Long unit) {
        DeadlineScope scope = DeadlineScope.of(me, unit, deadlines.units(me));
        return deadlines.between(me, scope, DEC_1, DEC_31).stream()
                .filter(e -> e.kind() != DeadlineKind.COMMUNE_REPORT)
                .map(e -> (e.date() + " " + e.kind() + " " + e.title() + " " + e.who()
                        + (e.coordinating() ? " phối hợp" : "")).strip())
                .toList();
    }

    static PaknForm paknItem(String code, LocalDate due) {
        PaknForm f = new PaknForm();
        f.setCode(code);
        f.setReceivedOn(LocalDate.of(2026, 12, 1));
        f.setDueOn(due);
        f.setContent("Phản ánh về đèn đường");
        return f;
    }
}
