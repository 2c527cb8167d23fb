package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import vn.cchc.plan.PlanService;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * What happens to a report page's lines when a save is refused or races a colleague: a line the user did not touch
 * never overwrites a colleague's save, and whatever the reason for a refusal (a bad value, a colleague's submission,
 * the period locking, a task deleted from the plan) every typed text comes back.
 */
@IntegrationTest
class ReportRefusalsLoseNothingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long reportId;
    long taskG;

    @BeforeEach
    void centreReportForSeptember() {
        c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());
        taskG = plans.task(c.standingAgency(), planId, "G", "Tháng 9", c.centreUnit());
        plans.task(c.standingAgency(), planId, "F", "Trước ngày 10/10/2025", c.cultureUnit(), c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 20));
        reportId = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Row(long id, int version, String status, BigDecimal quantity, String narrative) {
    }

    private Row row(String taskCode) {
        return jdbc.sql("""
                        select i.id, i.version, i.status, i.quantity, i.narrative from unit_report_item i
                        join plan_task t on t.id = i.task_id where i.report_id = ? and t.code = ?""")
                .params(reportId, taskCode).query(Row.class).single();
    }

    private MockMultipartHttpServletRequestBuilder post(String action) {
        return multipart("/progress/reports/" + reportId + "/" + action);
    }

    /**
     * A line as the page posts it: version as read, {@code touched} as report.js sets it (null: the page ran without
     * script, so the field is empty), then name/value pairs.
     */
    private static void line(MockMultipartHttpServletRequestBuilder request, Row row, Boolean touched,
                             String... namesAndValues) {
        String at = "lines[" + row.id() + "].";
        request.param(at + "version", String.valueOf(row.version()));
        request.param(at + "touched", touched == null ? "" : touched.toString());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(at + namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    private void colleagueSavesQ(String narrative) throws Exception {
        var colleague = post("save");
        line(colleague, row("Q"), true, "status", "IN_PROGRESS", "narrative", narrative);
        mvc.perform(colleague.with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** The textarea of a line's narrative holds exactly this text. */
    private static org.hamcrest.Matcher<String> narrativeField(Row row, String text) {
        return matchesPattern("(?s).*id=\"narrative-" + row.id() + "\">" + text + "</textarea>.*");
    }

    @Test
    void aLineTheUserDidNotTouchIsNotSavedOverAColleaguesSave() throws Exception {
        Row q = row("Q");
        Row f = row("F");
        colleagueSavesQ("Bản của đồng nghiệp");

        // The unit head's page was read before: Q still shows it empty at version 0, but only F was typed in.
        var save = post("save");
        line(save, q, false, "status", "NOT_STARTED", "narrative", "");
        line(save, f, true, "status", "IN_PROGRESS", "narrative", "Phối hợp xong phần số liệu");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("noticeArg", 1));

        assertThat(row("Q").narrative()).isEqualTo("Bản của đồng nghiệp");
        assertThat(row("Q").version()).isEqualTo(1);
        assertThat(row("F").narrative()).isEqualTo("Phối hợp xong phần số liệu");
    }

    @Test
    void aRefusedPageShowsUntouchedLinesAsSavedAndKeepsTouchedLinesAsTyped() throws Exception {
        Row q = row("Q");
        Row g = row("G");
        colleagueSavesQ("Bản của đồng nghiệp");

        var save = post("save");
        line(save, q, false, "status", "NOT_STARTED", "narrative", "");
        line(save, g, true, "status", "IN_PROGRESS", "percent", "150", "narrative", "Gần xong");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(
                        containsString("Xem lại: G."),
                        // Q comes back as saved now, with its version: saving again keeps the colleague's text.
                        narrativeField(q, "Bản của đồng nghiệp"),
                        containsString("name=\"lines[" + q.id() + "].version\" value=\"1\""),
                        not(containsString("Trong lúc bạn nhập, dòng này đã được người khác lưu")),
                        // G keeps what was typed, and stays marked as typed for the next save.
                        narrativeField(g, "Gần xong"), containsString("value=\"150\""),
                        containsString("name=\"lines[" + g.id() + "].touched\" value=\"true\""))));
        assertThat(row("G").version()).isZero();
    }

    @Test
    void aLineWhereOnlyAFileWasChosenKeepsItsUploadDetailsWhenTheFileIsRefused() throws Exception {
        Row q = row("Q");
        colleagueSavesQ("Bản của đồng nghiệp");

        // The user chose a file on Q (values left as read), and it is not what its name says.
        var save = post("save");
        save.file(new MockMultipartFile("lines[" + q.id() + "].file", "bao-cao.pdf", "application/pdf",
                "không phải PDF".getBytes(StandardCharsets.UTF_8)));
        line(save, q, false, "status", "NOT_STARTED", "upload.title", "Báo cáo quý III");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("Xem lại: Q."),
                        containsString("chưa được lưu: chọn lại tệp"), containsString("value=\"Báo cáo quý III\""),
                        narrativeField(q, "Bản của đồng nghiệp"))));
        assertThat(row("Q").narrative()).isEqualTo("Bản của đồng nghiệp");
    }

    @Test
    void withoutScriptAStaleLineComesBackAsSavedWithTheSentTextToCopy() throws Exception {
        Row q = row("Q");
        colleagueSavesQ("Bản của đồng nghiệp");

        // Without report.js nobody knows which lines were typed in: Q differs from what is saved, so it is stale.
        var save = post("save");
        line(save, q, null, "status", "IN_PROGRESS", "narrative", "Bản của trưởng đơn vị");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("đã được người khác lưu"),
                        // The field shows what is saved, with its version, so a second save cannot silently
                        // write old values over the colleague's; what was sent is there to copy.
                        narrativeField(q, "Bản của đồng nghiệp"),
                        containsString("name=\"lines[" + q.id() + "].version\" value=\"1\""),
                        matchesPattern("(?s).*<textarea[^>]*readonly[^>]*>Bản của trưởng đơn vị</textarea>.*"))));
        assertThat(row("Q").narrative()).isEqualTo("Bản của đồng nghiệp");
    }

    @Test
    void aReportSubmittedByAColleagueMeanwhileShowsTheTypedTextToCopy() throws Exception {
        Row q = row("Q");
        int version = jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class)
                .single();
        reports.submit(c.unitHead(), reportId, version, Map.of());

        var save = post("save");
        line(save, q, true, "status", "IN_PROGRESS", "percent", "40", "narrative", "Đã rà soát\r\n40/65 TTHC");
        line(save, row("G"), false, "status", "NOT_STARTED");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("Báo cáo đã nộp hoặc đã được chấp nhận nên không sửa được."),
                        containsString("Nội dung bạn đã nhập dưới đây chưa được lưu"),
                        matchesPattern("(?s).*<textarea[^>]*readonly[^>]*>Đã rà soát\r?\n40/65 TTHC</textarea>.*"),
                        containsString("40%"),
                        not(containsString("name=\"lines[")))));
        assertThat(row("Q")).isEqualTo(q);
    }

    @Test
    void aPeriodThatLockedWhileTypingShowsTheTypedTextToCopy() throws Exception {
        Row q = row("Q");
        clock.setToday(LocalDate.of(2025, 10, 11)); // September locks after 10/10

        var save = post("save");
        line(save, q, true, "status", "IN_PROGRESS", "narrative", "Gõ xong thì kỳ đã khóa");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(
                        containsString("Báo cáo tháng 9/2025 đã khóa sau ngày 10/10/2025"),
                        containsString("Nội dung bạn đã nhập dưới đây chưa được lưu"),
                        matchesPattern("(?s).*<textarea[^>]*readonly[^>]*>Gõ xong thì kỳ đã khóa</textarea>.*"))));
        assertThat(row("Q")).isEqualTo(q);
    }

    @Test
    void aLineWhoseTaskWasDeletedMeanwhileIsNamedAndEveryOtherTypedLineStays() throws Exception {
        Row q = row("Q");
        Row g = row("G");
        planService.deleteTask(c.standingAgency(), taskG);

        var save = post("save");
        line(save, q, true, "status", "IN_PROGRESS", "narrative", "Đã rà soát 40/65 TTHC");
        line(save, g, true, "status", "IN_PROGRESS", "narrative", "Việc của nhiệm vụ đã xóa");
        mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("đã bị xóa khỏi báo cáo"),
                        matchesPattern("(?s).*<textarea[^>]*readonly[^>]*>Việc của nhiệm vụ đã xóa</textarea>.*"),
                        narrativeField(q, "Đã rà soát 40/65 TTHC"),
                        containsString("name=\"lines[" + q.id() + "].touched\" value=\"true\""))));
        assertThat(row("Q")).isEqualTo(q);

        // Saved again as it came back, Q is written.
        var again = post("save");
        line(again, q, true, "status", "IN_PROGRESS", "narrative", "Đã rà soát 40/65 TTHC");
        mvc.perform(again.with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(row("Q").narrative()).isEqualTo("Đã rà soát 40/65 TTHC");
    }

    @Test
    void aLineOfAnotherCommunesReportIsStillNotFound() throws Exception {
        Fixture.Commune b = fixture.commune();
        long otherPlan = plans.issuedPlan(b.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(b.standingAgency(), otherPlan, "Q", "Quý III", b.centreUnit());
        long otherReport = reports.start(b.unitHead(), otherPlan, b.centreUnit(), "2025M09");
        long otherLine = reports.page(b.unitHead(), otherReport).lines().get(0).item().id();

        var save = post("save");
        save.param("lines[" + otherLine + "].version", "0").param("lines[" + otherLine + "].touched", "true")
                .param("lines[" + otherLine + "].narrative", "Không phải dòng của mình");
        line(save, row("Q"), true, "status", "IN_PROGRESS", "narrative", "Đã rà soát");
        mvc.perform(save.with(user(c.unitHead())).with(csrf())).andExpect(status().isNotFound());
        assertThat(row("Q").version()).isZero();
    }

    @Test
    void aQuantityTheColumnCannotHoldIsRefusedBesideTheLine() throws Exception {
        Row q = row("Q");
        for (String quantity : List.of("10000000000", "1,2345")) {
            var save = post("save");
            line(save, q, true, "status", "IN_PROGRESS", "quantity", quantity, "narrative", "Số liệu");
            mvc.perform(save.with(user(c.unitHead())).with(csrf()))
                    .andExpect(status().is(422))
                    .andExpect(content().string(allOf(containsString("Xem lại: Q."),
                            containsString("Số lượng phải nhỏ hơn 10 tỷ và có tối đa 2 chữ số thập phân."),
                            narrativeField(q, "Số liệu"))));
            assertThat(row("Q")).isEqualTo(q);
        }
        var largest = post("save");
        line(largest, q, true, "status", "IN_PROGRESS", "quantity", "9999999999.99");
        mvc.perform(largest.with(user(c.unitHead())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(row("Q").quantity()).isEqualByComparingTo("9999999999.99");
    }

    @Test
    void theReportPageShowsWhatIsSavedWhateverItsLinkCarries() throws Exception {
        Row q = row("Q");
        mvc.perform(get("/progress/reports/" + reportId).param("lines[" + q.id() + "].file.x", "1")
                        .param("lines[" + q.id() + "].narrative", "Nội dung từ đường link")
                        .with(user(c.unitHead())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(narrativeField(q, ""),
                        not(containsString("Nội dung từ đường link")))));
    }
}
