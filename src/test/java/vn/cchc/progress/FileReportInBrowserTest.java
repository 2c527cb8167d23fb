package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * In Chromium against the real server: the service centre files its September report with one evidence PDF, the
 * standing agency returns it, the centre resubmits, the standing agency accepts, and the dashboard shows it done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class FileReportInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired MutableClock clock;
    @Autowired ReportService reports;
    @Autowired JdbcClient jdbc;

    Journey journey;

    @BeforeEach
    void startBrowser() {
        journey = Journey.start(port);
    }

    @AfterEach
    void stopBrowser() {
        clock.reset();
        if (journey != null) {
            journey.close();
        }
    }

    private String lineId(By line) {
        return journey.find(line).getAttribute("id").substring("line-".length());
    }

    @Test
    void aUnitFilesAReportWithEvidenceThatIsReturnedResubmittedAcceptedAndCountedDone() throws Exception {
        Fixture.Commune c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "III.4", "Tháng 9", c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 20));
        Path pdf = Files.write(Files.createTempFile("bao-cao-thang-9", ".pdf"), EvidenceFiles.pdf("Báo cáo tháng 9"));

        journey.logIn(c.unitHead());
        journey.open("/progress/my");
        journey.click(By.xpath("//li[.//div[text()='Báo cáo tháng 9/2025']]//button"));
        journey.waitForUrl(".*/progress/reports/\\d+$");
        String reportUrl = journey.url().replaceFirst("^http://localhost:\\d+", "");

        By line = By.xpath("//div[contains(@class,'line')][.//span[text()='III.4']]");
        assertThat(journey.wouldAskBeforeLeaving()).isFalse();
        new Select(journey.find(line).findElement(By.cssSelector("select[name$='.status']"))).selectByValue("DONE");
        journey.find(line).findElement(By.cssSelector("textarea[name$='.narrative']")).sendKeys("Đã hoàn thành, có báo cáo kèm theo");
        assertThat(journey.wouldAskBeforeLeaving()).isTrue(); // typed, not saved
        journey.find(line).findElement(By.tagName("summary")).click();
        // A line's upload details are sent only once a file is chosen on it.
        assertThat(journey.find(line).findElement(By.cssSelector("input[name$='upload.title']")).isEnabled()).isFalse();
        journey.find(line).findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
        assertThat(journey.find(line).findElement(By.cssSelector("input[name$='upload.title']")).isEnabled()).isTrue();
        journey.find(line).findElement(By.cssSelector("input[name$='upload.title']")).sendKeys("Báo cáo kết quả tháng 9");
        journey.click(By.cssSelector("#line-" + lineId(line) + " button.save-line"));
        journey.see("Đã lưu báo cáo (1 dòng thay đổi)");
        assertThat(journey.find(line).getText()).contains("Báo cáo kết quả tháng 9");
        assertThat(journey.wouldAskBeforeLeaving()).isFalse();
        journey.click(By.xpath("//button[text()='Nộp báo cáo']"));
        journey.see("Đã nộp báo cáo (lần 1)");

        journey.logIn(c.standingAgency());
        journey.open(reportUrl);
        // Returning without a word is refused on the review form itself.
        journey.click(By.xpath("//button[@value='RETURN']"));
        journey.see("Khi trả lại phải ghi ý kiến");
        journey.find(By.id("comment")).sendKeys("Bổ sung kết quả cụ thể");
        journey.click(By.xpath("//button[@value='RETURN']"));
        journey.see("Đã trả lại báo cáo");

        journey.logIn(c.unitHead());
        journey.open(reportUrl);
        journey.see("Bổ sung kết quả cụ thể");
        // Typed and submitted at once: submitting saves what is typed first.
        journey.find(line).findElement(By.cssSelector("textarea[name$='.narrative']")).sendKeys(": 12 TTHC được công khai");
        journey.click(By.xpath("//button[text()='Nộp lại báo cáo']"));
        journey.see("Đã nộp báo cáo (lần 2)");
        assertThat(journey.main()).contains("Đã hoàn thành, có báo cáo kèm theo: 12 TTHC được công khai");

        journey.logIn(c.standingAgency());
        journey.open(reportUrl);
        journey.click(By.xpath("//button[@value='ACCEPT']"));
        journey.see("Đã chấp nhận báo cáo");
        assertThat(journey.main()).contains("Lần 2").contains("Lần 1")
                .contains("Đã trả lại").contains("Báo cáo kết quả tháng 9");

        journey.open("/progress?plan=" + planId + "&period=2025M09");
        String dashboard = journey.main();
        assertThat(dashboard).contains("Tỷ lệ hoàn thành trong kỳ\n100%").contains("1/1 đã hoàn thành");
        journey.open("/plans/" + planId);
        assertThat(journey.find(By.id("tasks")).getText()).contains("Hoàn thành đúng hạn");
    }

    @Test
    void savingThePageKeepsALineAColleagueSavedMeanwhileAsTheColleagueSavedIt() {
        Fixture.Commune c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "III.4", "Tháng 9", c.centreUnit());
        plans.task(c.standingAgency(), planId, "III.5", "Tháng 9", c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 20));
        long reportId = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");

        journey.logIn(c.unitHead());
        journey.open("/progress/reports/" + reportId);
        By mine = By.xpath("//div[contains(@class,'line')][.//span[text()='III.4']]");
        journey.find(mine).findElement(By.cssSelector("textarea[name$='.narrative']")).sendKeys("Đã công khai 65 TTHC");
        // Meanwhile a colleague saves III.5, which this page still shows empty.
        ItemForm colleague = new ItemForm();
        colleague.setStatus(ItemStatus.IN_PROGRESS);
        colleague.setNarrative("Bản của đồng nghiệp");
        reports.save(c.unitHead(), reportId, Map.of(lineId("III.5", reportId), colleague));

        journey.click(By.cssSelector(".report-actions button"));
        journey.see("Đã lưu báo cáo (1 dòng thay đổi)");
        assertThat(narrative("III.4", reportId)).isEqualTo("Đã công khai 65 TTHC");
        assertThat(narrative("III.5", reportId)).isEqualTo("Bản của đồng nghiệp");

        // A refused save comes back holding what was typed: leaving it asks first, and says so beside the button.
        journey.find(mine).findElement(By.cssSelector("input[name$='.completedOn']")).sendKeys("31/02/2025");
        journey.click(By.cssSelector(".report-actions button"));
        journey.see("Xem lại: III.4");
        assertThat(journey.find(By.id("unsaved-note")).isDisplayed()).isTrue();
        assertThat(journey.wouldAskBeforeLeaving()).isTrue();
    }

    private long lineId(String taskCode, long reportId) {
        return jdbc.sql("""
                        select i.id from unit_report_item i join plan_task t on t.id = i.task_id
                        where i.report_id = ? and t.code = ?""").params(reportId, taskCode).query(Long.class).single();
    }

    private String narrative(String taskCode, long reportId) {
        return jdbc.sql("select narrative from unit_report_item where id = ?").param(lineId(taskCode, reportId))
                .query(String.class).single();
    }
}
