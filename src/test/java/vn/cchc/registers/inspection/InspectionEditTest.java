package vn.cchc.registers.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.calendar.Period;
import vn.cchc.evidence.DocumentKind;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Ratio;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Correcting the register through its pages, on 15/12/2026, in a commune of three active units (office, culture,
 * centre): edits move the figures as computed by hand, refusals store nothing, deletes that would lose history are
 * refused, only the coordinators correct (the finding's unit may undo its own fix), another commune finds nothing.
 */
@IntegrationTest
class InspectionEditTest {

    private static final String BASE = "/registers/inspections";

    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired InspectionFigures figures;
    @Autowired EvidenceService evidence;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 12, 15));
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    /**
     * R1 office 10/02/2026 with A (office, "Quý II" → 30/06/2026, fixed 20/06); R2 culture 20/05/2026 with B
     * (culture, "Tháng 6" → 30/06/2026, open). 2026: coverage office + culture = 2/3, remediation A of A, B = 1/2.
     */
    @Test
    void editsAndDeletesMoveTheFiguresAsComputedByHand() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long r1 = record(c, c.officeUnit(), "10/02/2026");
        long a = finding(c, r1, c.officeUnit(), "Quý II");
        mvc.perform(post(BASE + "/findings/" + a + "/fix").with(csrf()).with(user(c.standingAgency()))
                .param("fixedOn", "20/06/2026").param("note", "Đã niêm yết")).andExpect(status().is3xxRedirection());
        long r2 = record(c, c.cultureUnit(), "20/05/2026");
        long b = finding(c, r2, c.cultureUnit(), "Tháng 6");
        assertThat(coverage(c, 2026)).isEqualTo(new Ratio(2, 3));
        assertThat(remediation(c, 2026)).isEqualTo(new Ratio(1, 2));

        // R2 was the office's inspection, not culture's: only the office was inspected in 2026
        mvc.perform(editRecord(c.admin(), r2, c.officeUnit(), "20/05/2026")).andExpect(redirectedUrl(BASE + "/records/" + r2));
        assertThat(coverage(c, 2026)).isEqualTo(new Ratio(1, 3));
        // B is the centre's, due 31/03/2027: not yet due, so only A (on time) is judged
        mvc.perform(editFinding(c.standingAgency(), b, c.centreUnit(), "Ngày 31/3/2027"))
                .andExpect(redirectedUrl(BASE + "/records/" + r2));
        assertThat(dueOn(b)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(remediation(c, 2026)).isEqualTo(new Ratio(1, 1));
        // A's fix was recorded by mistake: the office's own staff member undoes it; A is open and overdue
        mvc.perform(post(BASE + "/findings/" + a + "/reopen").with(csrf()).with(user(c.unitStaff())))
                .andExpect(redirectedUrl(BASE + "/records/" + r1));
        assertThat(jdbc.sql("select status || ' ' || coalesce(fixed_on::text, '-') || ' ' || coalesce(fix_note, '-') "
                + "from inspection_finding where id = ?").param(a).query(String.class).single()).isEqualTo("OPEN - -");
        assertThat(remediation(c, 2026)).isEqualTo(new Ratio(0, 1));
        // R1 was held in 2025: A's "Quý II" is read again for 2025 (30/06/2025); 2026 keeps R2 (office) only, and A,
        // open since its 2025 due date, still counts in 2026 as overdue
        mvc.perform(editRecord(c.admin(), r1, c.officeUnit(), "10/02/2025")).andExpect(status().is3xxRedirection());
        assertThat(dueOn(a)).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(coverage(c, 2025)).isEqualTo(new Ratio(1, 3));
        assertThat(coverage(c, 2026)).isEqualTo(new Ratio(1, 3));
        assertThat(remediation(c, 2025)).isEqualTo(new Ratio(0, 1));
        assertThat(remediation(c, 2026)).isEqualTo(new Ratio(0, 1));
        // A deleted: nothing is judged in either year; then R1 (no finding left) deleted: no unit inspected in 2025
        mvc.perform(post(BASE + "/findings/" + a + "/delete").with(csrf()).with(user(c.standingAgency())))
                .andExpect(redirectedUrl(BASE + "/records/" + r1));
        assertThat(remediation(c, 2025)).isEqualTo(new Ratio(0, 0));
        assertThat(remediation(c, 2026)).isEqualTo(new Ratio(0, 0));
        mvc.perform(post(BASE + "/records/" + r1 + "/delete").with(csrf()).with(user(c.standingAgency())))
                .andExpect(redirectedUrl(BASE + "?year=2025"));
        assertThat(coverage(c, 2025)).isEqualTo(new Ratio(0, 3));
        assertThat(coverage(c, 2026)).isEqualTo(new Ratio(1, 3));
    }

    /** R office 10/02/2026 with F ("Ngày 31/3/2026", fixed 20/03/2026). */
    @Test
    void aNewDayBeforeAFindingsDeadlineOrFixAndOtherBadEditsAreRefusedWithNothingStored() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long r = record(c, c.officeUnit(), "10/02/2026");
        long f = finding(c, r, c.officeUnit(), "Ngày 31/3/2026");
        mvc.perform(post(BASE + "/findings/" + f + "/fix").with(csrf()).with(user(c.standingAgency()))
                .param("fixedOn", "20/03/2026")).andExpect(status().is3xxRedirection());
        String before = snapshot(c);
        mvc.perform(editRecord(c.admin(), r, c.officeUnit(), "25/03/2026")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "Một tồn tại đã khắc phục ngày 20/03/2026, trước ngày kiểm tra mới")));
        mvc.perform(editRecord(c.admin(), r, c.officeUnit(), "01/04/2026")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "Hạn khắc phục “Ngày 31/3/2026” của một tồn tại (31/03/2026) sẽ trước ngày kiểm tra mới")));
        mvc.perform(editRecord(c.admin(), r, c.officeUnit(), "16/12/2026")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Ngày kiểm tra không thể sau hôm nay.")));
        mvc.perform(editRecord(c.admin(), r, null, "10/02/2026")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chọn đơn vị.")));
        mvc.perform(editRecord(c.admin(), r, c.officeUnit(), "10/02/2026").param("attach", "999999999"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(editRecord(c.admin(), r, c.officeUnit(), "31/02/2026")).andExpect(status().isBadRequest());
        mvc.perform(editFinding(c.admin(), f, c.officeUnit(), "Ngày 01/02/2026")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "Hạn khắc phục không thể trước ngày kiểm tra (10/02/2026).")));
        mvc.perform(editFinding(c.admin(), f, c.officeUnit(), "khi nào rảnh")).andExpect(status().isUnprocessableEntity());
        mvc.perform(editFinding(c.admin(), f, c.officeUnit(), "Hằng tháng")).andExpect(status().isUnprocessableEntity());
        mvc.perform(post(BASE + "/findings/" + f + "/fix").with(csrf()).with(user(c.admin())).param("fixedOn", "09/02/2026"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(snapshot(c)).isEqualTo(before);
        // a day before both the deadline and the fix is taken; the deadline's day stays 31/03/2026
        mvc.perform(editRecord(c.admin(), r, c.officeUnit(), "15/03/2026")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select inspected_on from inspection_record where id = ?").param(r)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(dueOn(f)).isEqualTo(LocalDate.of(2026, 3, 31));
        // the fix page shows the recorded fix to correct it, with the button that undoes it
        mvc.perform(get(BASE + "/findings/" + f + "/fix").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"20/03/2026\"")))
                .andExpect(content().string(containsString("/findings/" + f + "/reopen")));
    }

    @Test
    void aRecordWithFindingsIsDeletedOnlyOnceTheyAreAndItsEvidenceStaysInTheLibrary() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long doc = evidence.upload(c.standingAgency(), null, EvidenceForm.titled("Biên bản kiểm tra CCHC",
                DocumentKind.BIEN_BAN), "bien-ban.pdf", new ByteArrayInputStream(EvidenceFiles.pdf("kt"))).id();
        long r = record(c, c.officeUnit(), "10/02/2026");
        mvc.perform(editRecord(c.admin(), r, c.officeUnit(), "10/02/2026").param("attach", "" + doc))
                .andExpect(status().is3xxRedirection());
        assertThat(count("inspection_record_evidence", c)).isEqualTo(1);
        long f = finding(c, r, c.officeUnit(), "Quý II");
        mvc.perform(get(BASE + "/records/" + r + "/delete").with(user(c.standingAgency()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cuộc kiểm tra còn 1 tồn tại, hạn chế. Xóa các tồn tại đó trước")))
                .andExpect(content().string(containsString("disabled")));
        mvc.perform(post(BASE + "/records/" + r + "/delete").with(csrf()).with(user(c.standingAgency())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Xóa các tồn tại đó trước")));
        assertThat(count("inspection_record", c)).isEqualTo(1);
        assertThat(count("inspection_finding", c)).isEqualTo(1);
        mvc.perform(get(BASE + "/findings/" + f + "/delete").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xóa tồn tại, hạn chế này?")));
        mvc.perform(post(BASE + "/findings/" + f + "/delete").with(csrf()).with(user(c.admin())))
                .andExpect(redirectedUrl(BASE + "/records/" + r));
        mvc.perform(get(BASE + "/records/" + r + "/delete").with(user(c.standingAgency()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 tài liệu minh chứng được trích dẫn vẫn ở trong thư viện")))
                .andExpect(content().string(not(containsString("disabled"))));
        mvc.perform(post(BASE + "/records/" + r + "/delete").with(csrf()).with(user(c.standingAgency())))
                .andExpect(redirectedUrl(BASE + "?year=2026"));
        assertThat(count("inspection_record", c)).isZero();
        assertThat(count("inspection_record_evidence", c)).isZero();
        assertThat(count("evidence_document", c)).isEqualTo(1);
    }

    @Test
    void deletingAPlanLineKeepsTheInspectionItCarriedOut() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        mvc.perform(post(BASE + "/plan").with(csrf()).with(user(c.standingAgency())).param("year", "2026")
                .param("unitId", "" + c.officeUnit()).param("plannedMonth", "3").param("inspectors", "Tổ kiểm tra"))
                .andExpect(status().is3xxRedirection());
        long e = jdbc.sql("select max(id) from inspection_plan_entry where commune_id = ?").param(c.id())
                .query(Long.class).single();
        String before = snapshot(c);
        mvc.perform(editPlan(c.admin(), e, c.cultureUnit()).param("plannedOn", "05/05/2025")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Ngày dự kiến phải thuộc năm 2026.")));
        mvc.perform(editPlan(c.admin(), e, c.cultureUnit())).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Ghi tháng hoặc ngày dự kiến kiểm tra.")));
        mvc.perform(editPlan(c.admin(), e, c.cultureUnit()).param("plannedOn", "31/02/2026")).andExpect(status().isBadRequest());
        assertThat(snapshot(c)).isEqualTo(before);
        // a day instead of the month, another unit and inspectors; the year stays the line's
        mvc.perform(editPlan(c.admin(), e, c.cultureUnit()).param("plannedOn", "15/04/2026").param("year", "2030"))
                .andExpect(redirectedUrl(BASE + "?year=2026"));
        assertThat(jdbc.sql("""
                        select year || ' ' || unit_id || ' ' || coalesce(planned_month::text, '-') || ' ' || planned_on
                            || ' ' || inspectors from inspection_plan_entry where id = ?""")
                .param(e).query(String.class).single())
                .isEqualTo("2026 " + c.cultureUnit() + " - 2026-04-15 Tổ kiểm tra của Văn phòng");
        String url = mvc.perform(post(BASE + "/records/new").with(csrf()).with(user(c.standingAgency()))
                        .param("entry", "" + e).param("unitId", "" + c.cultureUnit()).param("inspectedOn", "15/04/2026")
                        .param("inspectors", "Tổ kiểm tra").param("conclusion", "Tốt"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long r = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        mvc.perform(get(BASE + "/plan/" + e + "/delete").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "1 cuộc kiểm tra đã thực hiện theo dòng này vẫn được giữ, chỉ không còn gắn với kế hoạch.")));
        mvc.perform(post(BASE + "/plan/" + e + "/delete").with(csrf()).with(user(c.admin())))
                .andExpect(redirectedUrl(BASE + "?year=2026"));
        assertThat(count("inspection_plan_entry", c)).isZero();
        assertThat(jdbc.sql("select plan_entry_id is null from inspection_record where id = ?").param(r)
                .query(Boolean.class).single()).isTrue();
        assertThat(coverage(c, 2026)).isEqualTo(new Ratio(1, 3));
    }

    @Test
    void aFindingKeepsItsUnitThoughTheUnitHasClosedButMayNotMoveToAnotherClosedOne() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long r = record(c, c.officeUnit(), "10/02/2026");
        long f = finding(c, r, c.cultureUnit(), "Quý II");
        jdbc.sql("update org_unit set active = false where id in (?, ?)").params(c.cultureUnit(), c.centreUnit())
                .update();
        mvc.perform(get(BASE + "/findings/" + f + "/edit").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + c.cultureUnit() + "\" selected")));
        mvc.perform(editFinding(c.admin(), f, c.centreUnit(), "Quý III")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("đã ngừng hoạt động")));
        assertThat(dueOn(f)).isEqualTo(LocalDate.of(2026, 6, 30));
        mvc.perform(editFinding(c.admin(), f, c.cultureUnit(), "Quý III")).andExpect(status().is3xxRedirection());
        assertThat(dueOn(f)).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void onlyTheCoordinatorsCorrectTheFindingsUnitUndoesItsFixAndAnotherCommuneFindsNothing() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        mvc.perform(post(BASE + "/plan").with(csrf()).with(user(c.standingAgency())).param("year", "2026")
                .param("unitId", "" + c.officeUnit()).param("plannedMonth", "3").param("inspectors", "Tổ kiểm tra"))
                .andExpect(status().is3xxRedirection());
        long e = jdbc.sql("select max(id) from inspection_plan_entry where commune_id = ?").param(c.id())
                .query(Long.class).single();
        long r = record(c, c.officeUnit(), "10/02/2026");
        long f = finding(c, r, c.officeUnit(), "Quý II");
        mvc.perform(post(BASE + "/findings/" + f + "/fix").with(csrf()).with(user(c.unitStaff()))
                .param("fixedOn", "20/03/2026")).andExpect(status().is3xxRedirection());
        String before = snapshot(c);
        for (CurrentUser who : List.of(c.viewer(), c.leader(), c.unitStaff(), c.unitHead())) {
            for (String page : List.of("/plan/" + e + "/edit", "/plan/" + e + "/delete", "/records/" + r + "/edit",
                    "/records/" + r + "/delete", "/findings/" + f + "/edit", "/findings/" + f + "/delete")) {
                mvc.perform(get(BASE + page).with(user(who))).andExpect(status().isForbidden());
            }
            mvc.perform(editPlan(who, e, c.cultureUnit()).param("plannedMonth", "4")).andExpect(status().isForbidden());
            mvc.perform(editRecord(who, r, c.officeUnit(), "11/02/2026")).andExpect(status().isForbidden());
            mvc.perform(editFinding(who, f, c.officeUnit(), "Quý III")).andExpect(status().isForbidden());
            for (String delete : List.of("/plan/" + e, "/records/" + r, "/findings/" + f)) {
                mvc.perform(post(BASE + delete + "/delete").with(csrf()).with(user(who))).andExpect(status().isForbidden());
            }
        }
        // the centre's head and the viewer may not undo the office's fix
        for (CurrentUser who : List.of(c.unitHead(), c.viewer(), c.leader())) {
            mvc.perform(post(BASE + "/findings/" + f + "/reopen").with(csrf()).with(user(who)))
                    .andExpect(status().isForbidden());
        }
        Fixture.Commune other = fixture.communeInOwnProvince();
        for (String page : List.of("/plan/" + e + "/edit", "/plan/" + e + "/delete", "/records/" + r + "/edit",
                "/records/" + r + "/delete", "/findings/" + f + "/edit", "/findings/" + f + "/delete")) {
            mvc.perform(get(BASE + page).with(user(other.standingAgency()))).andExpect(status().isNotFound());
        }
        mvc.perform(editPlan(other.admin(), e, other.cultureUnit()).param("plannedMonth", "4")).andExpect(status().isNotFound());
        mvc.perform(editRecord(other.admin(), r, other.officeUnit(), "11/02/2026")).andExpect(status().isNotFound());
        mvc.perform(editFinding(other.admin(), f, other.officeUnit(), "Quý III")).andExpect(status().isNotFound());
        for (String step : List.of("/plan/" + e + "/delete", "/records/" + r + "/delete", "/findings/" + f + "/delete",
                "/findings/" + f + "/reopen")) {
            mvc.perform(post(BASE + step).with(csrf()).with(user(other.standingAgency()))).andExpect(status().isNotFound());
        }
        assertThat(snapshot(c)).isEqualTo(before);
        // the links: the coordinators see "Sửa"/"Xóa", the viewer none
        mvc.perform(get(BASE).param("year", "2026").with(user(c.standingAgency())))
                .andExpect(content().string(containsString("/plan/" + e + "/edit")))
                .andExpect(content().string(containsString("/records/" + r + "/delete")));
        mvc.perform(get(BASE).param("year", "2026").with(user(c.viewer())))
                .andExpect(content().string(not(containsString("/edit"))))
                .andExpect(content().string(not(containsString("/delete"))));
        mvc.perform(get(BASE + "/records/" + r).with(user(c.viewer())))
                .andExpect(content().string(not(containsString("/findings/" + f + "/edit"))));
        mvc.perform(get(BASE + "/records/" + r).with(user(c.admin())))
                .andExpect(content().string(containsString("/findings/" + f + "/delete")));
        // the office's staff member undoes its own fix; once open there is nothing to undo
        mvc.perform(post(BASE + "/findings/" + f + "/reopen").with(csrf()).with(user(c.unitStaff())))
                .andExpect(redirectedUrl(BASE + "/records/" + r));
        String reopened = snapshot(c);
        mvc.perform(post(BASE + "/findings/" + f + "/reopen").with(csrf()).with(user(c.unitStaff())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Tồn tại này chưa được ghi nhận khắc phục")));
        assertThat(snapshot(c)).isEqualTo(reopened).isNotEqualTo(before);
    }

    private MockHttpServletRequestBuilder editRecord(CurrentUser who, long record, Long unit, String on) {
        MockHttpServletRequestBuilder b = post(BASE + "/records/" + record).with(csrf()).with(user(who))
                .param("inspectedOn", on).param("inspectors", "Tổ kiểm tra CCHC").param("conclusion", "Đã sửa");
        return unit == null ? b : b.param("unitId", "" + unit);
    }

    private MockHttpServletRequestBuilder editFinding(CurrentUser who, long finding, long unit, String deadline) {
        return post(BASE + "/findings/" + finding).with(csrf()).with(user(who)).param("unitId", "" + unit)
                .param("content", "Chưa cập nhật sổ theo dõi (đã sửa)").param("deadline", deadline);
    }

    /** A plan line's edit to the given unit with new inspectors; the test adds the month or the day. */
    private MockHttpServletRequestBuilder editPlan(CurrentUser who, long entry, long unit) {
        return post(BASE + "/plan/" + entry).with(csrf()).with(user(who)).param("unitId", "" + unit)
                .param("inspectors", "Tổ kiểm tra của Văn phòng");
    }

    private long record(Fixture.Commune c, long unit, String on) throws Exception {
        String url = mvc.perform(post(BASE + "/records/new").with(csrf()).with(user(c.standingAgency()))
                        .param("unitId", "" + unit).param("inspectedOn", on).param("inspectors", "Tổ kiểm tra CCHC")
                        .param("conclusion", "Cơ bản thực hiện tốt"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long finding(Fixture.Commune c, long record, long unit, String deadline) throws Exception {
        mvc.perform(post(BASE + "/records/" + record + "/findings").with(csrf()).with(user(c.standingAgency()))
                        .param("unitId", "" + unit).param("content", "Chưa cập nhật sổ theo dõi")
                        .param("deadline", deadline))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from inspection_finding where commune_id = ?").param(c.id())
                .query(Long.class).single();
    }

    private Ratio coverage(Fixture.Commune c, int year) {
        return figures.coverage(c.id(), Period.year(year));
    }

    private Ratio remediation(Fixture.Commune c, int year) {
        return figures.remediation(c.id(), Period.year(year));
    }

    private LocalDate dueOn(long finding) {
        return jdbc.sql("select due_on from inspection_finding where id = ?").param(finding)
                .query(LocalDate.class).single();
    }

    private long count(String table, Fixture.Commune c) {
        return jdbc.sql("select count(*) from " + table + " where commune_id = ?").param(c.id())
                .query(Long.class).single();
    }

    /** Every row of the register's four tables for the commune, as text. */
    private String snapshot(Fixture.Commune c) {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("inspection_plan_entry", "inspection_record", "inspection_record_evidence",
                "inspection_finding")) {
            all.append(jdbc.sql("select coalesce(string_agg(t::text, '|' order by t::text), '') from " + table
                    + " t where commune_id = ?").param(c.id()).query(String.class).single()).append('\n');
        }
        return all.toString();
    }
}
