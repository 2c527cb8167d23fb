package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.cchc.calendar.PeriodType;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.TaskStatus;
import vn.cchc.plan.TaskView;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/** A unit's monthly report from first line to acceptance, and every way to get it wrong. */
@IntegrationTest
class ReportWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanQueries queries;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long planId;

    @BeforeEach
    void planWithTasks() {
        c = fixture.commune();
        planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());                          // due 30/09
        plans.task(c.standingAgency(), planId, "F", "Trước ngày 10/10/2025", c.cultureUnit(), c.centreUnit()); // 09/10
        plans.task(c.standingAgency(), planId, "D", "Tháng 12", c.officeUnit());                          // 31/12
        clock.setToday(LocalDate.of(2025, 9, 20));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long open(CurrentUser user, long unit, String period) {
        return reports.start(user, planId, unit, period);
    }

    private List<ReportItems.ItemRow> lines(long reportId) {
        return reports.page(c.standingAgency(), reportId).lines().stream().map(ReportPage.Line::item).toList();
    }

    private ReportPage.Line line(long reportId, String taskCode) {
        return reports.page(c.standingAgency(), reportId).lines().stream().filter(l -> l.taskCode().equals(taskCode))
                .findFirst().orElseThrow();
    }

    private int reportVersion(long reportId) {
        return jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class).single();
    }

    /** One line saved from the report page (the page's form, with only this line's fields): name/value pairs. */
    private MockMultipartHttpServletRequestBuilder saveLine(long reportId, ReportPage.Line l, String status,
                                                            String... namesAndValues) {
        String at = "lines[" + l.item().id() + "].";
        MockMultipartHttpServletRequestBuilder request = multipart("/progress/reports/" + reportId + "/save");
        request.param(at + "version", String.valueOf(l.item().version())).param(at + "status", status);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(at + namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    private static MockMultipartFile file(ReportPage.Line l, String name, byte[] content) {
        return new MockMultipartFile("lines[" + l.item().id() + "].file", name, "application/pdf", content);
    }

    private TaskStatus taskStatus(String code) {
        Plan plan = queries.plan(c.id(), planId).orElseThrow();
        return queries.tasks(plan, null).stream().filter(v -> v.task().code().equals(code)).findFirst()
                .map(TaskView::status).orElseThrow();
    }

    @Test
    void aMonthlyReportListsWhatTheUnitOwesInTheMonthAndTheNextStepOfItsOtherTasks() {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        Map<String, List<ReportItems.ItemRow>> byTask = lines(id).stream().collect(Collectors.groupingBy(
                i -> reports.page(c.standingAgency(), id).lines().stream().filter(l -> l.item().id() == i.id())
                        .findFirst().orElseThrow().taskCode()));
        // Q is due 30/09 (in September); the centre's input to F is due 02/10, its next step; D is the office's.
        assertThat(byTask.keySet()).containsExactlyInAnyOrder("Q", "F");
        assertThat(byTask.get("Q")).singleElement().satisfies(i -> {
            assertThat(i.occurrenceDue()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(i.role()).isEqualTo(ObligationRole.LEAD);
        });
        assertThat(byTask.get("F")).singleElement().satisfies(i -> {
            assertThat(i.occurrenceDue()).isEqualTo(LocalDate.of(2025, 10, 9));
            assertThat(i.role()).isEqualTo(ObligationRole.COORDINATOR);
        });
        assertThat(line(id, "F").due()).isEqualTo(LocalDate.of(2025, 10, 2));
        // Opening it again (a second click) gives the same report.
        assertThat(open(c.unitHead(), c.centreUnit(), "2025M09")).isEqualTo(id);
    }

    @Test
    void aReturnedReportIsRevisedAndResubmittedAndAcceptanceMakesTheTaskDone() throws Exception {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        ReportPage.Line q = line(id, "Q");
        mvc.perform(saveLine(id, q, "DONE", "percent", "100", "completedOn", "18/09/2025",
                        "narrative", "Đã công khai 100% TTHC", "upload.title", "Báo cáo công khai TTHC", "upload.kind", "BAO_CAO")
                        .file(file(q, "cong-khai.pdf", EvidenceFiles.pdf("ck")))
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(line(id, "Q").evidence()).extracting(d -> d.title()).containsExactly("Báo cáo công khai TTHC");
        assertThat(taskStatus("Q")).isEqualTo(TaskStatus.UPCOMING); // stated done, but not accepted yet (due in 10 days)

        mvc.perform(post("/progress/reports/" + id + "/submit").param("version", String.valueOf(reportVersion(id)))
                .with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());
        // Returning without a word is refused; with comments it goes back to the unit.
        mvc.perform(post("/progress/reports/" + id + "/review").param("decision", "RETURN")
                        .param("version", String.valueOf(reportVersion(id))).with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Khi trả lại phải ghi ý kiến")));
        mvc.perform(post("/progress/reports/" + id + "/review").param("decision", "RETURN")
                        .param("comment", "Bổ sung số liệu tháng 9").param("version", String.valueOf(reportVersion(id)))
                        .with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/progress/reports/" + id).with(user(c.unitHead())))
                .andExpect(content().string(containsString("Bổ sung số liệu tháng 9")));
        // Each side of the loop hears of it in the app.
        assertThat(notices(c.standingAgency())).containsExactly(
                "Trung tâm Phục vụ hành chính công đã nộp Báo cáo tháng 9/2025 (lần 1): chờ duyệt");
        assertThat(notices(c.unitHead())).containsExactly(
                "Báo cáo tháng 9/2025 bị trả lại để bổ sung: Bổ sung số liệu tháng 9");

        q = line(id, "Q");
        mvc.perform(saveLine(id, q, "DONE", "percent", "100", "completedOn", "18/09/2025", "quantity", "25",
                        "narrative", "Đã công khai 25/25 TTHC").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        clock.setToday(LocalDate.of(2025, 9, 22));
        mvc.perform(post("/progress/reports/" + id + "/submit").param("version", String.valueOf(reportVersion(id)))
                .with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/progress/reports/" + id + "/review").param("decision", "ACCEPT")
                        .param("version", String.valueOf(reportVersion(id))).with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        ReportPage page = reports.page(c.standingAgency(), id);
        assertThat(page.report().state()).isEqualTo(ReportState.ACCEPTED);
        assertThat(page.versions()).extracting(v -> v.version().versionNo() + ":" + v.version().decision() + ":" + v.version().late())
                .containsExactly("2:ACCEPTED:false", "1:RETURNED:false");
        assertThat(page.versions().get(1).version().comment()).isEqualTo("Bổ sung số liệu tháng 9");
        // Version 1 still reads as submitted: no quantity, the first narrative, its evidence.
        ReportVersionRepository.VersionItem firstQ = page.versions().get(1).lines().stream()
                .filter(l -> l.item().taskCode().equals("Q")).findFirst().orElseThrow().item();
        assertThat(firstQ.narrative()).isEqualTo("Đã công khai 100% TTHC");
        assertThat(firstQ.quantity()).isNull();
        assertThat(page.versions().get(1).lines().stream().filter(l -> l.item().taskCode().equals("Q")).findFirst()
                .orElseThrow().evidence()).hasSize(1);
        assertThat(taskStatus("Q")).isEqualTo(TaskStatus.DONE_ON_TIME);
        assertThat(notices(c.unitHead())).last().isEqualTo("Báo cáo tháng 9/2025 của đơn vị đã được chấp nhận");
    }

    private List<String> notices(CurrentUser user) {
        return jdbc.sql("select subject from notification where user_id = ? order by id").param(user.id())
                .query(String.class).list();
    }

    @Test
    void oneDocumentServesAsEvidenceForSeveralLines() throws Exception {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        mvc.perform(saveLine(id, line(id, "Q"), "IN_PROGRESS", "upload.title", "Kế hoạch triển khai")
                        .file(file(line(id, "Q"), "ke-hoach.pdf", EvidenceFiles.pdf("kh"))).with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long documentId = line(id, "Q").evidence().get(0).id();
        mvc.perform(saveLine(id, line(id, "F"), "IN_PROGRESS", "attach", String.valueOf(documentId))
                .with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(line(id, "F").evidence()).extracting(d -> d.id()).containsExactly(documentId);
        assertThat(line(id, "Q").evidence()).extracting(d -> d.id()).containsExactly(documentId);
        // Another unit's document cannot be attached by guessing its id.
        long officeDoc = jdbc.sql("""
                        insert into evidence_document (commune_id, unit_id, title, kind, file_name, file_type, size_bytes,
                            sha256, uploaded_by, uploaded_at) values (?, ?, 'VP', 'KHAC', 'vp.pdf', 'PDF', 1, ?, ?, now())
                        returning id""").params(c.id(), c.officeUnit(), "a".repeat(64), c.unitStaff().id())
                .query(Long.class).single();
        mvc.perform(saveLine(id, line(id, "F"), "IN_PROGRESS", "attach", String.valueOf(officeDoc))
                .with(user(c.unitHead())).with(csrf())).andExpect(status().isForbidden());
        assertThat(line(id, "F").evidence()).extracting(d -> d.id()).containsExactly(documentId);
    }

    @Test
    void workFinishedAfterItsDueDateIsDoneLateAndALateReportIsMarkedLate() {
        clock.setToday(LocalDate.of(2025, 10, 3));
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        ReportPage.Line q = line(id, "Q");
        ItemForm form = new ItemForm();
        form.setStatus(ItemStatus.DONE);          // the unit says "done"; the dates say late
        form.setCompletedOn(LocalDate.of(2025, 10, 2));
        form.setVersion(q.item().version());
        reports.save(c.unitHead(), id, Map.of(q.item().id(), form));
        assertThat(line(id, "Q").item().status()).isEqualTo(ItemStatus.DONE_LATE);
        assertThat(line(id, "Q").item().percent()).isEqualTo(100);
        reports.submit(c.unitHead(), id, reportVersion(id), Map.of());
        reports.review(c.standingAgency(), id, true, null, reportVersion(id));
        assertThat(reports.page(c.standingAgency(), id).versions().get(0).version().late()).isTrue(); // due 30/09
        assertThat(taskStatus("Q")).isEqualTo(TaskStatus.DONE_LATE);
    }

    @Test
    void badLineValuesAreRefusedWithAVietnameseMessageAndNothingChanges() throws Exception {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        ReportPage.Line q = line(id, "Q");
        mvc.perform(saveLine(id, q, "IN_PROGRESS", "percent", "150").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Tỷ lệ hoàn thành phải từ 0 đến 100%")));
        mvc.perform(saveLine(id, q, "IN_PROGRESS", "quantity", "-3").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Số lượng không được âm")));
        mvc.perform(saveLine(id, q, "NOT_DONE", "reason", " ").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Nêu lý do không thực hiện")));
        mvc.perform(saveLine(id, q, "DONE", "completedOn", "25/09/2025").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("không được sau hôm nay")));
        mvc.perform(saveLine(id, q, "DONE", "completedOn", "31/02/2025").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("sai định dạng")));
        mvc.perform(saveLine(id, q, "DONE", "percent", "mười").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isBadRequest());
        // The typed narrative survives a refusal.
        mvc.perform(saveLine(id, q, "IN_PROGRESS", "percent", "101", "narrative", "Nội dung đã gõ")
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Nội dung đã gõ")));
        assertThat(line(id, "Q").item()).satisfies(i -> {
            assertThat(i.status()).isEqualTo(ItemStatus.NOT_STARTED);
            assertThat(i.version()).isZero();
            assertThat(i.narrative()).isNull();
        });
    }

    @Test
    void twoPeopleSavingTheSameLineFromTheSamePageGetAClearConflict() throws Exception {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        ReportPage.Line q = line(id, "Q");
        mvc.perform(saveLine(id, q, "IN_PROGRESS", "percent", "40").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(saveLine(id, q, "IN_PROGRESS", "percent", "60").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("dòng này đã được người khác lưu")));
        assertThat(line(id, "Q").item().percent()).isEqualTo(40);
    }

    @Test
    void aSecondSubmitIsRefusedAndLeavesOneVersion() throws Exception {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        String version = String.valueOf(reportVersion(id));
        mvc.perform(post("/progress/reports/" + id + "/submit").param("version", version).with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/progress/reports/" + id + "/submit").param("version", version).with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("Báo cáo đã được nộp")));
        assertThat(jdbc.sql("select count(*) from report_version where report_id = ?").param(id).query(Integer.class).single())
                .isEqualTo(1);
        // A submitted report cannot be edited either.
        ReportPage.Line q = line(id, "Q");
        mvc.perform(saveLine(id, q, "DONE").with(user(c.unitHead())).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void submittedVersionsCannotBeChangedEvenInTheDatabase() {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        reports.submit(c.unitHead(), id, reportVersion(id), Map.of());
        long versionId = jdbc.sql("select id from report_version where report_id = ?").param(id).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update report_version_item set narrative = 'sửa lén' where version_id = ?")
                .param(versionId).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from report_version_item where version_id = ?").param(versionId).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update report_version set late = true where id = ?").param(versionId).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from report_version where id = ?").param(versionId).update())
                .isInstanceOf(DataAccessException.class);
        reports.review(c.standingAgency(), id, true, null, reportVersion(id));
        // The decision is written once.
        assertThatThrownBy(() -> jdbc.sql("update report_version set decision = 'RETURNED' where id = ?").param(versionId)
                .update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void aUnitCannotTouchAnotherUnitsReportAndNobodyReviewsTheirOwnUnitsReport() throws Exception {
        long centre = open(c.unitHead(), c.centreUnit(), "2025M09");
        ReportPage.Line q = line(centre, "Q");
        mvc.perform(get("/progress/reports/" + centre).with(user(c.unitStaff()))).andExpect(status().isForbidden());
        mvc.perform(saveLine(centre, q, "DONE").with(user(c.unitStaff())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/progress/reports/" + centre + "/submit").param("version", "0").with(user(c.unitStaff())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/progress/reports").param("plan", String.valueOf(planId)).param("unit", String.valueOf(c.officeUnit()))
                .param("period", "2025M09").with(user(c.unitHead())).with(csrf())).andExpect(status().isForbidden());
        assertThat(line(centre, "Q").item().version()).isZero();

        // The standing agency's own unit leads F: its report is reviewed by the leader or the admin, not by itself.
        long culture = open(c.standingAgency(), c.cultureUnit(), "2025M09");
        reports.submit(c.standingAgency(), culture, reportVersion(culture), Map.of());
        mvc.perform(post("/progress/reports/" + culture + "/review").param("decision", "ACCEPT")
                        .param("version", String.valueOf(reportVersion(culture))).with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/progress/reports/" + culture + "/review").param("decision", "ACCEPT")
                        .param("version", String.valueOf(reportVersion(culture))).with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/progress/reports/" + culture + "/review").param("decision", "ACCEPT")
                        .param("version", String.valueOf(reportVersion(culture))).with(user(c.leader())).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherCommuneSeesNoneOfItAndChangesNothing() throws Exception {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        ReportPage.Line q = line(id, "Q");
        Fixture.Commune b = fixture.commune();
        mvc.perform(get("/progress/reports/" + id).with(user(b.standingAgency()))).andExpect(status().isNotFound());
        mvc.perform(saveLine(id, q, "DONE").with(user(b.unitHead())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/progress/reports/" + id + "/submit").param("version", "0").with(user(b.unitHead())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/progress").param("plan", String.valueOf(planId)).with(user(b.leader()))).andExpect(status().isNotFound());
        mvc.perform(get("/progress/plans/" + planId + "/periods").with(user(b.standingAgency()))).andExpect(status().isNotFound());
        mvc.perform(post("/progress/plans/" + planId + "/reopen").param("unit", String.valueOf(c.centreUnit()))
                .param("period", "2025M09").with(user(b.standingAgency())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/progress/plans/" + planId + "/occurrences").with(user(b.admin()))).andExpect(status().isNotFound());
        assertThat(line(id, "Q").item().version()).isZero();
    }

    @Test
    void aLockedPeriodRefusesReportsUntilTheStandingAgencyReopensIt() throws Exception {
        clock.setToday(LocalDate.of(2025, 10, 11)); // September is due 30/09 and locks after 10/10
        mvc.perform(post("/progress/reports").param("plan", String.valueOf(planId)).param("unit", String.valueOf(c.centreUnit()))
                        .param("period", "2025M09").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Báo cáo tháng 9/2025 đã khóa sau ngày 10/10/2025")));
        mvc.perform(post("/progress/plans/" + planId + "/reopen").param("unit", String.valueOf(c.centreUnit()))
                .param("period", "2025M09").with(user(c.unitHead())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/progress/plans/" + planId + "/reopen").param("unit", String.valueOf(c.centreUnit()))
                        .param("period", "2025M09").param("until", "15/10/2025").with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        reports.submit(c.unitHead(), id, reportVersion(id), Map.of());
        assertThat(reports.page(c.standingAgency(), id).versions().get(0).version().late()).isTrue();
        // After the reopening ends the period is locked again.
        clock.setToday(LocalDate.of(2025, 10, 16));
        assertThat(reports.page(c.unitHead(), id).locked()).isTrue();
        // A period not open yet cannot be started.
        mvc.perform(post("/progress/reports").param("plan", String.valueOf(planId)).param("unit", String.valueOf(c.centreUnit()))
                        .param("period", "2025M12").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("chưa mở")));
    }

    @Test
    void aClosedPlanTakesNoMoreReports() throws Exception {
        long id = open(c.unitHead(), c.centreUnit(), "2025M09");
        jdbc.sql("update plan set status = 'CLOSED' where id = ?").param(planId).update();
        mvc.perform(post("/progress/reports/" + id + "/submit").param("version", String.valueOf(reportVersion(id)))
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Kế hoạch đã kết thúc")));
    }

    @Test
    void theStandingAgencyRequestsAnAdHocReportWithItsOwnDeadline() throws Exception {
        mvc.perform(post("/progress/plans/" + planId + "/ad-hoc").param("title", "Báo cáo phục vụ kiểm tra CCHC")
                        .param("due", "25/09/2025").with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/progress/plans/" + planId + "/ad-hoc").param("title", "Quá khứ")
                        .param("due", "01/09/2025").with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("không được trước ngày hôm nay")));
        long id = open(c.unitHead(), c.centreUnit(), "DX1");
        ReportPage page = reports.page(c.unitHead(), id);
        assertThat(page.period().label()).isEqualTo("Báo cáo phục vụ kiểm tra CCHC");
        assertThat(page.period().due()).isEqualTo(LocalDate.of(2025, 9, 25));
        assertThat(page.lines()).extracting(ReportPage.Line::taskCode).contains("Q");
    }
}
