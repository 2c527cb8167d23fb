package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.cchc.calendar.PeriodType;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The report page is one form: saving it, or submitting it, takes every line the unit typed, and a refusal writes
 * nothing and shows every typed value again. Driven over HTTP the way the page posts.
 */
@IntegrationTest
class TypedReportLinesAreNeverLostTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long reportId;

    @BeforeEach
    void centreReportForSeptember() {
        c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());
        plans.task(c.standingAgency(), planId, "G", "Tháng 9", c.centreUnit());
        plans.task(c.standingAgency(), planId, "F", "Trước ngày 10/10/2025", c.cultureUnit(), c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 20));
        reportId = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** One line as stored: its id, version and the values a test looks at. */
    record Row(long id, int version, String status, Integer percent, String narrative) {
    }

    private Row row(String taskCode) {
        return jdbc.sql("""
                        select i.id, i.version, i.status, i.percent, i.narrative from unit_report_item i
                        join plan_task t on t.id = i.task_id where i.report_id = ? and t.code = ?""")
                .params(reportId, taskCode).query(Row.class).single();
    }

    private int reportVersion() {
        return jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class).single();
    }

    private MockMultipartHttpServletRequestBuilder post(String action, String... namesAndValues) {
        MockMultipartHttpServletRequestBuilder request = multipart("/progress/reports/" + reportId + "/" + action);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    /** The line's fields as the page posts them: its version as read, then name/value pairs. */
    private static MockMultipartHttpServletRequestBuilder line(MockMultipartHttpServletRequestBuilder request, Row row,
                                                               String... namesAndValues) {
        String at = "lines[" + row.id() + "].";
        request.param(at + "version", String.valueOf(row.version()));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(at + namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    private List<String> submittedNarratives() {
        return jdbc.sql("""
                        select vi.task_code || ': ' || coalesce(vi.narrative, '-') from report_version_item vi
                        join report_version v on v.id = vi.version_id where v.report_id = ? order by vi.task_code""")
                .param(reportId).query(String.class).list();
    }

    @Test
    void submittingRightAfterTypingSubmitsWhatWasTyped() throws Exception {
        // The unit types into line Q and presses "Nộp báo cáo" without saving the line first.
        var submit = post("submit", "version", String.valueOf(reportVersion()));
        line(submit, row("Q"), "status", "IN_PROGRESS", "percent", "60", "narrative", "Đã rà soát 40/65 TTHC");
        mvc.perform(submit.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("noticeArg", 1));

        assertThat(submittedNarratives()).containsExactly("F: -", "G: -", "Q: Đã rà soát 40/65 TTHC");
        assertThat(row("Q")).satisfies(q -> {
            assertThat(q.status()).isEqualTo("IN_PROGRESS");
            assertThat(q.percent()).isEqualTo(60);
        });
    }

    @Test
    void oneSaveWritesEveryChangedLineAndLeavesUntouchedLinesAsTheyWere() throws Exception {
        Row q = row("Q");
        Row g = row("G");
        Row f = row("F");
        var save = post("save");
        line(save, q, "status", "DONE", "completedOn", "18/09/2025", "narrative", "Đã công khai 65 TTHC");
        line(save, f, "status", "IN_PROGRESS", "percent", "30", "narrative", "Đã gửi số liệu\r\ncho Phòng VH-XH");
        line(save, g, "status", "NOT_STARTED"); // posted as the page shows it, untouched
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/progress/reports/" + reportId))
                .andExpect(flash().attribute("notice", "progress.report.saved"))
                .andExpect(flash().attribute("noticeArg", 2));

        assertThat(row("Q")).isEqualTo(new Row(q.id(), 1, "DONE", 100, "Đã công khai 65 TTHC"));
        assertThat(row("F")).isEqualTo(new Row(f.id(), 1, "IN_PROGRESS", 30, "Đã gửi số liệu\ncho Phòng VH-XH"));
        assertThat(row("G").version()).isZero();
        // The saved lines are the draft: the page shows them when it is opened again.
        mvc.perform(get("/progress/reports/" + reportId).with(user(c.unitHead())))
                .andExpect(content().string(allOf(containsString("Đã công khai 65 TTHC"),
                        containsString("value=\"18/09/2025\""), containsString("Lưu báo cáo"))));

        // Saving the page again as it now reads changes nothing, and the line's own button comes back to it.
        Row savedF = row("F");
        var again = post("save", "focus", String.valueOf(savedF.id()));
        line(again, savedF, "status", "IN_PROGRESS", "percent", "30", "narrative", "Đã gửi số liệu\r\ncho Phòng VH-XH");
        mvc.perform(again.with(user(c.unitHead())).with(csrf()))
                .andExpect(redirectedUrl("/progress/reports/" + reportId + "#line-" + savedF.id()))
                .andExpect(flash().attribute("savedNotice", "progress.report.unchanged"));
        assertThat(row("F").version()).isEqualTo(1);
    }

    @Test
    void aLineSavedBySomeoneElseMeanwhileRefusesTheWholeSaveWritesNothingAndKeepsTheTypedText() throws Exception {
        Row q = row("Q");
        Row f = row("F");
        // A colleague saves line Q from their own page.
        var colleague = post("save");
        line(colleague, q, "status", "IN_PROGRESS", "narrative", "Bản của đồng nghiệp");
        mvc.perform(colleague.with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());
        int reportVersionAfterColleague = reportVersion();

        // The unit head's page still shows Q as read before: typing in Q and F and saving refuses it all.
        var stale = post("save");
        line(stale, q, "touched", "true", "status", "IN_PROGRESS", "narrative", "Bản của trưởng đơn vị");
        line(stale, f, "touched", "true", "status", "IN_PROGRESS", "narrative", "Phối hợp xong phần số liệu");
        mvc.perform(stale.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("Báo cáo chưa được lưu, chưa có gì thay đổi. Xem lại: Q."),
                        containsString("đã được người khác lưu"),
                        containsString("Bản của đồng nghiệp"),          // what is saved now, to compare
                        containsString("Bản của trưởng đơn vị"),        // what was typed, still in the field
                        containsString("Phối hợp xong phần số liệu"),
                        // Q now carries the saved version, so saving again knowingly replaces the colleague's text.
                        containsString("name=\"lines[" + q.id() + "].version\" value=\"1\""),
                        containsString("name=\"lines[" + q.id() + "].touched\" value=\"true\""),
                        containsString("data-dirty=\"true\""))));
        assertThat(row("F")).isEqualTo(f);
        assertThat(row("Q").narrative()).isEqualTo("Bản của đồng nghiệp");
        assertThat(reportVersion()).isEqualTo(reportVersionAfterColleague);

        var again = post("save");
        line(again, row("Q"), "touched", "true", "status", "IN_PROGRESS", "narrative", "Bản của trưởng đơn vị");
        line(again, f, "touched", "true", "status", "IN_PROGRESS", "narrative", "Phối hợp xong phần số liệu");
        mvc.perform(again.with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(row("Q").narrative()).isEqualTo("Bản của trưởng đơn vị");
        assertThat(row("F").narrative()).isEqualTo("Phối hợp xong phần số liệu");
    }

    @Test
    void aRefusedSubmitSubmitsNothingSavesNothingAndShowsTheTypedValuesAgain() throws Exception {
        var submit = post("submit", "version", String.valueOf(reportVersion()));
        line(submit, row("Q"), "status", "IN_PROGRESS", "percent", "150", "narrative", "Gần xong");
        line(submit, row("F"), "status", "IN_PROGRESS", "narrative", "Đã gửi số liệu");
        mvc.perform(submit.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(
                        containsString("Báo cáo chưa được nộp và chưa được lưu. Xem lại: Q."),
                        containsString("Tỷ lệ hoàn thành phải từ 0 đến 100%"),
                        containsString("value=\"150\""), containsString("Gần xong"),
                        containsString("Đã gửi số liệu"))));
        assertThat(submittedNarratives()).isEmpty();
        assertThat(jdbc.sql("select state from unit_report where id = ?").param(reportId).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(List.of(row("Q").version(), row("F").version())).containsExactly(0, 0);
    }

    @Test
    void aDateThatDoesNotExistRefusesTheSaveAndKeepsEveryTypedValue() throws Exception {
        var save = post("save");
        line(save, row("Q"), "status", "DONE", "completedOn", "31/02/2025", "narrative", "Đang làm");
        line(save, row("F"), "status", "IN_PROGRESS", "narrative", "Đã gửi số liệu");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Xem lại: Q."), containsString("sai định dạng"),
                        containsString("value=\"31/02/2025\""), containsString("Đang làm"), containsString("Đã gửi số liệu"))));
        assertThat(List.of(row("Q").version(), row("F").version())).containsExactly(0, 0);
    }

    @Test
    void aFileChosenOnALineIsUploadedByTheWholeReportSave() throws Exception {
        Row q = row("Q");
        var save = post("save");
        save.file(new MockMultipartFile("lines[" + q.id() + "].file", "cong-khai.pdf", "application/pdf",
                EvidenceFiles.pdf("ck")));
        line(save, q, "status", "IN_PROGRESS", "upload.title", "Danh mục TTHC công khai", "upload.kind", "BAO_CAO");
        line(save, row("F"), "status", "IN_PROGRESS", "narrative", "Đã gửi số liệu");
        mvc.perform(save.with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                        select d.title from unit_report_item_evidence e join evidence_document d on d.id = e.document_id
                        where e.item_id = ?""").param(q.id()).query(String.class).list())
                .containsExactly("Danh mục TTHC công khai");
        assertThat(row("F").narrative()).isEqualTo("Đã gửi số liệu");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysRefusesTheWholeSaveAndAsksForTheFileAgain() throws Exception {
        Row q = row("Q");
        long documentsBefore = documents();
        var save = post("save");
        save.file(new MockMultipartFile("lines[" + q.id() + "].file", "bao-cao.pdf", "application/pdf",
                "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        line(save, q, "status", "IN_PROGRESS", "upload.title", "Báo cáo quý III");
        line(save, row("F"), "status", "IN_PROGRESS", "narrative", "Đã gửi số liệu");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("Xem lại: Q."),
                        containsString("chưa được lưu: chọn lại tệp"), containsString("value=\"Báo cáo quý III\""),
                        containsString("Đã gửi số liệu"))));
        assertThat(List.of(row("Q").version(), row("F").version())).containsExactly(0, 0);
        assertThat(documents()).isEqualTo(documentsBefore);
    }

    private long documents() {
        return jdbc.sql("select count(*) from evidence_document where commune_id = ?").param(c.id()).query(Long.class).single();
    }

    @Test
    void returningWithoutACommentShowsTheMessageOnTheReviewFormWithTheMenu() throws Exception {
        reports.submit(c.unitHead(), reportId, reportVersion(), Map.of());
        mvc.perform(post("review", "decision", "RETURN", "comment", "  ", "version", String.valueOf(reportVersion())).with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(
                        containsString("Khi trả lại phải ghi ý kiến"),
                        containsString("class=\"card card-body mb-3 review-box\""),
                        containsString("name=\"decision\" value=\"RETURN\""),
                        containsString("navbar"), containsString(">Tiến độ</a>"),
                        not(containsString("Về trang chủ")))));
        assertThat(jdbc.sql("select state from unit_report where id = ?").param(reportId).query(String.class).single())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theReportPageWarnsBeforeLeavingFromItsOwnScriptWithoutInlineCode() throws Exception {
        mvc.perform(get("/progress/reports/" + reportId).with(user(c.unitHead())))
                .andExpect(content().string(allOf(containsString("src=\"/assets/js/report.js\""),
                        containsString("id=\"report-form\""), not(containsString(" onclick=")),
                        not(containsString(" onsubmit=")), not(containsString("<script>")))));
    }
}
