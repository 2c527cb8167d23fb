package vn.cchc.registers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TargetForm;
import vn.cchc.shared.Formats;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The register through its pages, on 15/12/2026 in a commune of three active units (office, culture, centre):
 * records of the office on 10/02 and 05/05/2026, of culture on 20/05/2026 and of the centre on 10/11/2025; findings
 * A (office, "Ngày 31/3/2026", fixed 20/03), B (office, "Tháng 6" → 30/06, fixed 10/07, late), C (culture,
 * "Quý II" → 30/06, open), D (centre, "Ngày 31/12/2025", open). Coverage 2026 = office + culture = 2/3 = 66,67%;
 * the first quarter 1/3; 2025 1/3. Remediation 2026 = A of A, B, C, D = 1/4 = 25%; the first quarter A and the
 * overdue D = 1/2 = 50%; the second quarter B, C, D = 0/3.
 */
@IntegrationTest
class InspectionRegisterTest {

    private static final String BASE = "/registers/inspections";

    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired IndicatorReadings readings;
    @Autowired InspectionFigures figures;
    @Autowired Plans plans;
    @Autowired PlanService planService;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 12, 15));
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void coverageAndRemediationPerPeriodAreReadFromTheRegister() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        register(c);
        assertThat(readings.read(c.id(), "INSPECTION_COVERAGE", Period.year(2026))).contains(new BigDecimal("66.67"));
        assertThat(readings.read(c.id(), "INSPECTION_COVERAGE", Period.quarter(2026, 1)))
                .contains(new BigDecimal("33.33"));
        assertThat(readings.read(c.id(), "INSPECTION_COVERAGE", Period.year(2025))).contains(new BigDecimal("33.33"));
        assertThat(readings.read(c.id(), "REMEDIATION_RATE", Period.year(2026))).contains(new BigDecimal("25.00"));
        assertThat(readings.read(c.id(), "REMEDIATION_RATE", Period.quarter(2026, 1)))
                .contains(new BigDecimal("50.00"));
        assertThat(readings.read(c.id(), "REMEDIATION_RATE", Period.quarter(2026, 2)))
                .contains(new BigDecimal("0.00"));
        assertThat(readings.read(c.id(), "REMEDIATION_RATE", Period.year(2027))).isEqualTo(Optional.empty());
        assertThat(readings.messageKey("REMEDIATION_RATE")).isEqualTo("registers.indicator.REMEDIATION_RATE");
        // per unit in 2026: the office inspected twice, A and B fixed; culture once, C open and overdue; the
        // centre's 2025 inspection and its finding D belong to 2025
        assertThat(figures.perUnit(c.id(), Period.year(2026))).containsExactlyInAnyOrder(
                new InspectionCounts.UnitCounts(c.officeUnit(), 2, 2, 2, 0),
                new InspectionCounts.UnitCounts(c.cultureUnit(), 1, 1, 0, 1));
        // the spreadsheet: the year's records and, on its second sheet, the findings
        mvc.perform(get(BASE + ".xlsx").param("year", "2026").with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(vn.cchc.shared.XlsxTable.CONTENT_TYPE));
        // the deadline calendar's query: the findings falling due in June, fixed or not
        assertThat(figures.dueBetween(c.id(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .extracting(Finding::fixed).containsExactly(true, false);
    }

    @Test
    void theFindingsToFixReachTheDeadlineCalendarOfTheirUnit() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long record = record(c, c.officeUnit(), "05/05/2026");
        mvc.perform(post(BASE + "/records/" + record + "/findings").with(csrf()).with(user(c.standingAgency()))
                        .param("unitId", "" + c.officeUnit()).param("content", "Niêm yết lại bộ TTHC")
                        .param("deadline", "Tháng 6"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/deadlines").param("month", "2026-06").with(user(c.unitStaff())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Niêm yết lại bộ TTHC")))
                .andExpect(content().string(Matchers.containsString("/registers/inspections/records/" + record)));
    }

    @Test
    void aPlanTargetMeasuredByCoverageShowsTheRegistersValueAndNamesItsSource() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        register(c);
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.MONTH);
        TargetForm t = new TargetForm();
        t.setAreaCode("I");
        t.setCode("1");
        t.setText("Kiểm tra ít nhất 50% đơn vị");
        t.setThreshold("50");
        t.setResponsibleUnitId(c.cultureUnit());
        t.setIndicatorCode("INSPECTION_COVERAGE");
        planService.addTarget(c.standingAgency(), plan, t);
        mvc.perform(get("/plans/" + plan).with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        Formats.vietnamese().percent(new BigDecimal("66.67")))))
                .andExpect(content().string(Matchers.containsString("Kiểm tra CCHC: tỷ lệ đơn vị được kiểm tra")));
    }

    @Test
    void theInspectedUnitFixesItsOwnFindingOthersMayNotAndAnotherCommuneFindsNothing() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long record = record(c, c.officeUnit(), "10/02/2026");
        finding(c, record, c.officeUnit(), "Ngày 31/3/2026");
        long f = lastFinding(c);
        // the centre's head and the viewer may not; the viewer reads
        mvc.perform(fix(c.unitHead(), f, "20/03/2026")).andExpect(status().isForbidden());
        mvc.perform(fix(c.viewer(), f, "20/03/2026")).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/records/new").with(csrf()).with(user(c.unitStaff())).param("unitId", "" + c.officeUnit())
                .param("inspectedOn", "01/03/2026").param("inspectors", "X").param("conclusion", "Y"))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/records/" + record).with(user(c.viewer()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Quá hạn, chưa khắc phục")));
        assertThat(statusOf(f)).isEqualTo("OPEN");
        // another commune's officers: not found, nothing changed
        Fixture.Commune other = fixture.communeInOwnProvince();
        mvc.perform(get(BASE + "/records/" + record).with(user(other.viewer()))).andExpect(status().isNotFound());
        mvc.perform(fix(other.standingAgency(), f, "20/03/2026")).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/records/" + record + "/findings").with(csrf()).with(user(other.admin()))
                .param("unitId", "" + other.officeUnit()).param("content", "X").param("deadline", "Quý IV"))
                .andExpect(status().isNotFound());
        assertThat(statusOf(f)).isEqualTo("OPEN");
        // the office's own staff member may
        mvc.perform(fix(c.unitStaff(), f, "20/03/2026")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(f)).isEqualTo("FIXED");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingStored() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long record = record(c, c.officeUnit(), "10/02/2026");
        // a finding without a unit
        mvc.perform(post(BASE + "/records/" + record + "/findings").with(csrf()).with(user(c.standingAgency()))
                        .param("content", "Chưa niêm yết TTHC").param("deadline", "Quý II"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("Chọn đơn vị.")));
        // a deadline that cannot be understood, one that is recurring, one before the inspection
        for (String phrase : new String[] {"khi nào rảnh", "Hằng tháng", "Ngày 01/01/2026"}) {
            mvc.perform(post(BASE + "/records/" + record + "/findings").with(csrf()).with(user(c.standingAgency()))
                            .param("unitId", "" + c.officeUnit()).param("content", "Chưa niêm yết TTHC")
                            .param("deadline", phrase))
                    .andExpect(status().isUnprocessableEntity());
        }
        mvc.perform(post(BASE + "/records/" + record + "/findings").with(csrf()).with(user(c.standingAgency()))
                        .param("unitId", "" + c.officeUnit()).param("content", "Chưa niêm yết TTHC")
                        .param("deadline", "Ngày 01/01/2026"))
                .andExpect(content().string(Matchers.containsString(
                        "Hạn khắc phục không thể trước ngày kiểm tra (10/02/2026).")));
        assertThat(count("inspection_finding", c)).isZero();
        // a record dated in the future
        mvc.perform(post(BASE + "/records/new").with(csrf()).with(user(c.admin())).param("unitId", "" + c.officeUnit())
                        .param("inspectedOn", "16/12/2026").param("inspectors", "Tổ kiểm tra").param("conclusion", "Tốt"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("Ngày kiểm tra không thể sau hôm nay.")));
        assertThat(count("inspection_record", c)).isEqualTo(1);
        // a fix dated before the inspection; a fix date that is not a date
        finding(c, record, c.officeUnit(), "Quý II");
        long f = lastFinding(c);
        mvc.perform(fix(c.standingAgency(), f, "09/02/2026")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString(
                        "Ngày khắc phục không thể trước ngày kiểm tra phát hiện tồn tại (10/02/2026).")));
        mvc.perform(fix(c.standingAgency(), f, "31/02/2026")).andExpect(status().isBadRequest());
        assertThat(statusOf(f)).isEqualTo("OPEN");
    }

    /** The scene of the class comment, entered through the forms. */
    private void register(Fixture.Commune c) throws Exception {
        long r1 = record(c, c.officeUnit(), "10/02/2026");
        long r2 = record(c, c.officeUnit(), "05/05/2026");
        record(c, c.cultureUnit(), "20/05/2026");
        long r0 = record(c, c.centreUnit(), "10/11/2025");
        finding(c, r1, c.officeUnit(), "Ngày 31/3/2026");
        mvc.perform(fix(c.unitStaff(), lastFinding(c), "20/03/2026")).andExpect(status().is3xxRedirection());
        finding(c, r2, c.officeUnit(), "Tháng 6");
        mvc.perform(fix(c.unitStaff(), lastFinding(c), "10/07/2026")).andExpect(status().is3xxRedirection());
        finding(c, r2, c.cultureUnit(), "Quý II");
        finding(c, r0, c.centreUnit(), "Ngày 31/12/2025");
    }

    private long record(Fixture.Commune c, long unit, String on) throws Exception {
        String url = mvc.perform(post(BASE + "/records/new").with(csrf()).with(user(c.standingAgency()))
                        .param("unitId", "" + unit).param("inspectedOn", on).param("inspectors", "Tổ kiểm tra CCHC")
                        .param("conclusion", "Cơ bản thực hiện tốt"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private void finding(Fixture.Commune c, long record, long unit, String deadline) throws Exception {
        mvc.perform(post(BASE + "/records/" + record + "/findings").with(csrf()).with(user(c.standingAgency()))
                        .param("unitId", "" + unit).param("content", "Chưa cập nhật sổ theo dõi")
                        .param("deadline", deadline))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.RequestBuilder fix(CurrentUser who, long finding, String on) {
        return post(BASE + "/findings/" + finding + "/fix").with(csrf()).with(user(who)).param("fixedOn", on)
                .param("note", "Đã bổ sung");
    }

    private long lastFinding(Fixture.Commune c) {
        return jdbc.sql("select max(id) from inspection_finding where commune_id = ?").param(c.id())
                .query(Long.class).single();
    }

    private String statusOf(long finding) {
        return jdbc.sql("select status from inspection_finding where id = ?").param(finding).query(String.class).single();
    }

    private long count(String table, Fixture.Commune c) {
        return jdbc.sql("select count(*) from " + table + " where commune_id = ?").param(c.id())
                .query(Long.class).single();
    }
}
