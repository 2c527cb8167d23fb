package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.cchc.calendar.PeriodType;
import vn.cchc.evidence.DocumentKind;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * Filling a report quickly (copying last period's text, marking several lines) and reviewing it quickly (lines not
 * updated, what a resubmission changed, the lead's evidence on a coordinating line), with every refusal.
 */
@IntegrationTest
class QuickReportsTest {

    private static final LocalDate AUG_24 = LocalDate.of(2025, 8, 24);

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired ReportService reports;
    @Autowired EvidenceService evidence;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long planId;

    @BeforeEach
    void planWithMonthlyTasks() {
        c = fixture.commune();
        // The second half of 2025, so that July is the first month and has no earlier occurrence.
        planId = plans.issuedPlan(c.standingAgency(), "2025S2", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "M", "Trước ngày 25 hằng tháng", c.centreUnit()); // 24th of the month
        plans.task(c.standingAgency(), planId, "N", "Trước ngày 25 hằng tháng", c.centreUnit());
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());                   // 30/09
        clock.setToday(LocalDate.of(2025, 7, 20));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ReportPage.Line line(long reportId, String code) {
        return reports.page(c.standingAgency(), reportId).lines().stream().filter(l -> l.taskCode().equals(code))
                .findFirst().orElseThrow();
    }

    private int reportVersion(long reportId) {
        return jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class).single();
    }

    private static ItemForm typed(ReportPage.Line l, ItemStatus status, String narrative, LocalDate completedOn) {
        ItemForm form = ItemForm.of(l.item());
        form.setStatus(status);
        form.setNarrative(narrative);
        form.setCompletedOn(completedOn);
        form.setTouched(true);
        return form;
    }

    /** July: M and N done on 15/07 with a text each, Q in progress; submitted and accepted. */
    private long fileAndAcceptJuly() {
        long aug = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M07");
        Map<Long, ItemForm> lines = new LinkedHashMap<>();
        lines.put(line(aug, "M").item().id(), typed(line(aug, "M"), ItemStatus.DONE, "Tháng 7: rà soát 12 TTHC",
                LocalDate.of(2025, 7, 15)));
        lines.put(line(aug, "N").item().id(), typed(line(aug, "N"), ItemStatus.DONE, "Tháng 7: niêm yết công khai",
                LocalDate.of(2025, 7, 15)));
        lines.put(line(aug, "Q").item().id(), typed(line(aug, "Q"), ItemStatus.IN_PROGRESS,
                "Chuẩn bị công khai quý III", null));
        reports.submit(c.unitHead(), aug, reportVersion(aug), lines);
        reports.review(c.standingAgency(), aug, true, null, reportVersion(aug));
        return aug;
    }

    /** The page's form with these lines' fields (name/value pairs per line, the line's version added). */
    private MockMultipartHttpServletRequestBuilder pagePost(long reportId, String action, Object... linesAndPairs) {
        MockMultipartHttpServletRequestBuilder request = multipart("/progress/reports/" + reportId + "/" + action);
        ReportPage.Line current = null;
        for (int i = 0; i < linesAndPairs.length; i++) {
            if (linesAndPairs[i] instanceof ReportPage.Line l) {
                current = l;
                request.param("lines[" + l.item().id() + "].version", String.valueOf(l.item().version()));
            } else {
                request.param("lines[" + current.item().id() + "]." + linesAndPairs[i], (String) linesAndPairs[++i]);
            }
        }
        return request;
    }

    @Test
    void copyingLastPeriodsTextFillsOnlyEmptyFieldsAndSaysHowManyLines() throws Exception {
        fileAndAcceptJuly();
        clock.setToday(LocalDate.of(2025, 8, 20));
        long sep = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M08");
        assertThat(line(sep, "M").item().occurrenceDue()).isEqualTo(AUG_24);
        // Q's occurrence (30/09) is the one July reported on: its line was prefilled from that statement.
        assertThat(line(sep, "Q").item().narrative()).isEqualTo("Chuẩn bị công khai quý III");
        assertThat(line(sep, "M").item().narrative()).isNull();

        // N typed on the page, not saved yet: it is saved first and never replaced.
        mvc.perform(pagePost(sep, "copy-last", line(sep, "N"), "status", "IN_PROGRESS", "touched", "true",
                        "narrative", "Tháng 8: đã niêm yết")
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "progress.copy.done"))
                .andExpect(flash().attribute("noticeArg", 1)); // M only: N was typed, Q prefilled
        assertThat(line(sep, "M").item().narrative()).isEqualTo("Tháng 7: rà soát 12 TTHC");
        assertThat(line(sep, "N").item().narrative()).isEqualTo("Tháng 8: đã niêm yết");
        assertThat(line(sep, "Q").item().narrative()).isEqualTo("Chuẩn bị công khai quý III");
        // Copied text is not the unit's statement yet: M and Q are untouched, N (typed) is not.
        ReportPage page = reports.page(c.unitHead(), sep);
        assertThat(page.untouchedCount()).isEqualTo(2);
        assertThat(page.shownLines(true)).extracting(ReportPage.Line::taskCode).containsExactly("M", "Q");
        mvc.perform(get("/progress/reports/" + sep).param("untouched", "true").with(user(c.unitHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Còn 2/3 dòng đơn vị chưa cập nhật")))
                .andExpect(content().string(not(containsString("id=\"line-" + line(sep, "N").item().id() + "\""))));

        // Copying again finds nothing to copy: refused, and the text typed with it is not saved either.
        int version = reportVersion(sep);
        mvc.perform(pagePost(sep, "copy-last", line(sep, "Q"), "status", "IN_PROGRESS", "touched", "true",
                        "narrative", "Sửa Q")
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Không có gì để chép từ Báo cáo tháng 7/2025")))
                .andExpect(content().string(containsString("Sửa Q")));
        assertThat(reportVersion(sep)).isEqualTo(version);
        assertThat(line(sep, "Q").item().narrative()).isEqualTo("Chuẩn bị công khai quý III");
    }

    @Test
    void aCopyWithNothingBeforeOrOnAReportNotEditableOrOfAnotherUnitOrCommuneStoresNothing() throws Exception {
        long aug = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M07");
        mvc.perform(pagePost(aug, "copy-last", line(aug, "M"), "status", "IN_PROGRESS", "touched", "true",
                        "narrative", "Đang làm")
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("chưa nộp báo cáo nào cho kỳ trước")));
        assertThat(line(aug, "M").item().narrative()).isNull();
        assertThat(line(aug, "M").item().status()).isEqualTo(ItemStatus.NOT_STARTED);

        fileAndAcceptJuly(); // July is now accepted: not editable
        int version = reportVersion(aug);
        mvc.perform(pagePost(aug, "copy-last").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isConflict());
        clock.setToday(LocalDate.of(2025, 8, 20));
        long sep = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M08");
        int sepVersion = reportVersion(sep);
        mvc.perform(pagePost(sep, "copy-last").with(user(c.unitStaff())).with(csrf())) // the office's staff
                .andExpect(status().isForbidden());
        Fixture.Commune other = fixture.commune();
        mvc.perform(pagePost(sep, "copy-last").with(user(other.unitHead())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(reportVersion(aug)).isEqualTo(version);
        assertThat(reportVersion(sep)).isEqualTo(sepVersion);
        assertThat(line(sep, "M").item().narrative()).isNull();
    }

    @Test
    void markingSeveralLinesDoneWritesThemAllOnTheDateGiven() throws Exception {
        long sep = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M07");
        ReportPage.Line m = line(sep, "M");
        ReportPage.Line n = line(sep, "N");
        mvc.perform(pagePost(sep, "mark", m, "status", "NOT_STARTED", "narrative", "Rà soát xong", "touched", "true")
                        .param("marked", String.valueOf(m.item().id()), String.valueOf(n.item().id()))
                        .param("markStatus", "DONE").param("markOn", "18/07/2025")
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeArg", 2));
        // Due 24/07, done 18/07: on time, 100%; the text typed on M is kept with the mark.
        for (String code : new String[] {"M", "N"}) {
            ReportItems.ItemRow i = line(sep, code).item();
            assertThat(i.status()).isEqualTo(ItemStatus.DONE);
            assertThat(i.completedOn()).isEqualTo(LocalDate.of(2025, 7, 18));
            assertThat(i.percent()).isEqualTo(100);
            assertThat(i.untouched()).isFalse();
        }
        assertThat(line(sep, "M").item().narrative()).isEqualTo("Rà soát xong");
        assertThat(line(sep, "Q").item().status()).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(line(sep, "Q").item().untouched()).isTrue();
    }

    @Test
    void aBadDateOrAForeignLineRefusesTheWholeBatchNamingTheLinesAndKeepsWhatWasTyped() throws Exception {
        long sep = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M07");
        ReportPage.Line m = line(sep, "M");
        ReportPage.Line n = line(sep, "N");
        int version = reportVersion(sep);
        mvc.perform(pagePost(sep, "mark", m, "status", "NOT_STARTED", "narrative", "Đang gõ dở", "touched", "true")
                        .param("marked", String.valueOf(m.item().id()), String.valueOf(n.item().id()))
                        .param("markStatus", "DONE").param("markOn", "21/07/2025")
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chưa đánh dấu được, chưa có gì được lưu. Xem lại: M, N.")))
                .andExpect(content().string(containsString("Ngày hoàn thành 21/07/2025 là ngày trong tương lai.")))
                .andExpect(content().string(containsString("Đang gõ dở")))
                .andExpect(content().string(containsString("value=\"21/07/2025\"")));
        mvc.perform(pagePost(sep, "mark").param("marked", String.valueOf(m.item().id()))
                        .param("markStatus", "DONE").param("markOn", "30/06/2025")
                        .with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "Ngày hoàn thành 30/06/2025 nằm ngoài kỳ báo cáo (01/07/2025 – 31/07/2025).")));
        // A line of another report (here, another unit's) is not this page's.
        plans.task(c.standingAgency(), planId, "V", "Tháng 7", c.officeUnit());
        long office = reports.start(c.unitStaff(), planId, c.officeUnit(), "2025M07");
        long officeLine = jdbc.sql("select min(id) from unit_report_item where report_id = ?").param(office)
                .query(Long.class).single();
        mvc.perform(pagePost(sep, "mark").param("marked", String.valueOf(m.item().id()), String.valueOf(officeLine))
                        .param("markStatus", "IN_PROGRESS").with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isNotFound());
        Fixture.Commune other = fixture.commune();
        mvc.perform(pagePost(sep, "mark").param("marked", String.valueOf(m.item().id()))
                        .param("markStatus", "IN_PROGRESS").with(user(other.unitHead())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(reportVersion(sep)).isEqualTo(version);
        assertThat(line(sep, "M").item().status()).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(line(sep, "M").item().narrative()).isNull();
        assertThat(line(sep, "N").item().status()).isEqualTo(ItemStatus.NOT_STARTED);
    }

    @Test
    void theReviewerSeesWhatAResubmissionChangedSinceTheReturnedVersion() throws Exception {
        long aug = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M07");
        Map<Long, ItemForm> first = new LinkedHashMap<>();
        first.put(line(aug, "M").item().id(), typed(line(aug, "M"), ItemStatus.DONE, "Đã rà soát",
                LocalDate.of(2025, 7, 15)));
        first.put(line(aug, "N").item().id(), typed(line(aug, "N"), ItemStatus.IN_PROGRESS, "Đang niêm yết", null));
        reports.submit(c.unitHead(), aug, reportVersion(aug), first);
        reports.review(c.standingAgency(), aug, false, "Ghi rõ số TTHC", reportVersion(aug));
        plans.task(c.standingAgency(), planId, "X", "Tháng 7", c.centreUnit()); // a task added meanwhile
        Map<Long, ItemForm> second = new LinkedHashMap<>();
        second.put(line(aug, "M").item().id(), typed(line(aug, "M"), ItemStatus.DONE, "Đã rà soát 12 TTHC",
                LocalDate.of(2025, 7, 15)));
        second.put(line(aug, "N").item().id(), typed(line(aug, "N"), ItemStatus.DONE, "Đang niêm yết",
                LocalDate.of(2025, 7, 18)));
        reports.submit(c.unitHead(), aug, reportVersion(aug), second);

        ReportPage page = reports.page(c.standingAgency(), aug);
        assertThat(page.resubmittedAfterReturn()).isTrue();
        assertThat(page.changesSinceReturn()).extracting(ch -> ch.line().taskCode(), VersionDiff.LineChange::kind,
                        VersionDiff.LineChange::fields)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M", VersionDiff.Kind.CHANGED,
                                java.util.Set.of(VersionDiff.Field.NARRATIVE)),
                        // In progress with no percent → done on 18/07, which means 100%.
                        org.assertj.core.groups.Tuple.tuple("N", VersionDiff.Kind.CHANGED, java.util.Set.of(
                                VersionDiff.Field.STATUS, VersionDiff.Field.PERCENT, VersionDiff.Field.COMPLETED_ON)),
                        org.assertj.core.groups.Tuple.tuple("X", VersionDiff.Kind.ADDED, java.util.Set.of()));
        mvc.perform(get("/progress/reports/" + aug).with(user(c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thay đổi của lần nộp 2 so với lần 1 bị trả lại")))
                .andExpect(content().string(containsString("Đã rà soát</del> → <ins style=\"white-space: pre-line\">Đã rà soát 12 TTHC</ins>")))
                .andExpect(content().string(containsString("<del>—</del> → <ins>18/07/2025</ins>")))
                .andExpect(content().string(containsString("Dòng thêm sau khi trả lại")));
        // A first submission has nothing to compare with.
        clock.setToday(LocalDate.of(2025, 8, 20));
        long sep = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M08");
        reports.submit(c.unitHead(), sep, reportVersion(sep), Map.of());
        assertThat(reports.page(c.standingAgency(), sep).changesSinceReturn()).isEmpty();
        assertThat(reports.page(c.standingAgency(), sep).resubmittedAfterReturn()).isFalse();
    }

    private EvidenceDocument attach(long reportId, String code, String title) {
        EvidenceDocument doc = evidence.upload(c.unitHead(), null, EvidenceForm.titled(title, DocumentKind.BAO_CAO),
                title + ".pdf", new ByteArrayInputStream(EvidenceFiles.pdf(title)));
        ItemForm form = ItemForm.of(line(reportId, code).item());
        form.setAttach(java.util.List.of(doc.id()));
        reports.save(c.unitHead(), reportId, Map.of(line(reportId, code).item().id(), form));
        return doc;
    }

    @Test
    void aCoordinatingUnitSeesAndDownloadsTheLeadsEvidenceOfItsTaskOnly() throws Exception {
        clock.setToday(LocalDate.of(2025, 9, 20));
        long shared = plans.task(c.standingAgency(), planId, "L", "Quý III", c.centreUnit(), c.officeUnit());
        long own = plans.task(c.standingAgency(), planId, "G", "Quý III", c.centreUnit());
        long centre = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        EvidenceDocument minutes = attach(centre, "L", "Biên bản công khai L");
        EvidenceDocument other = attach(centre, "G", "Báo cáo riêng G");
        long office = reports.start(c.unitStaff(), planId, c.officeUnit(), "2025M09");

        ReportPage page = reports.page(c.unitStaff(), office);
        ReportPage.Line coordinating = page.lines().stream().filter(l -> l.taskCode().equals("L")).findFirst()
                .orElseThrow();
        assertThat(coordinating.item().role()).isEqualTo(ObligationRole.COORDINATOR);
        assertThat(page.leadEvidence(shared)).extracting(EvidenceDocument::title)
                .containsExactly("Biên bản công khai L");
        String link = "/progress/tasks/" + shared + "/lead-evidence/" + minutes.id();
        mvc.perform(get("/progress/reports/" + office).with(user(c.unitStaff())))
                .andExpect(content().string(containsString("Minh chứng của đơn vị chủ trì:")))
                .andExpect(content().string(containsString(link)));
        mvc.perform(get("/progress/my").with(user(c.unitStaff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(link)));

        // The library keeps another unit's files from the office; the lead's evidence of its task it may read.
        mvc.perform(get("/evidence/" + minutes.id() + "/file").with(user(c.unitStaff())))
                .andExpect(status().isForbidden());
        mvc.perform(get(link).with(user(c.unitStaff())))
                .andExpect(status().isOk())
                .andExpect(content().bytes(EvidenceFiles.pdf("Biên bản công khai L")));
        mvc.perform(get("/progress/tasks/" + own + "/lead-evidence/" + other.id()).with(user(c.unitStaff())))
                .andExpect(status().isForbidden()); // the office has no part in G
        mvc.perform(get("/progress/tasks/" + shared + "/lead-evidence/" + other.id()).with(user(c.unitStaff())))
                .andExpect(status().isNotFound()); // not the lead's evidence of L
        mvc.perform(get(link).with(user(fixture.commune().standingAgency())))
                .andExpect(status().isNotFound());
    }
}
