package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Browsers;
import vn.cchc.support.Fixture;
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

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browsers.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopBrowser() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    private void logIn(CurrentUser user) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user.getUsername());
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/progress"));
    }

    private void see(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    @Test
    void aUnitFilesAReportWithEvidenceThatIsReturnedResubmittedAcceptedAndCountedDone() throws Exception {
        Fixture.Commune c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "III.4", "Tháng 9", c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 20));
        Path pdf = Files.write(Files.createTempFile("bao-cao-thang-9", ".pdf"), EvidenceFiles.pdf("Báo cáo tháng 9"));

        logIn(c.unitHead());
        browser.get("http://localhost:" + port + "/progress/my");
        browser.findElement(By.xpath("//li[.//div[text()='Báo cáo tháng 9/2025']]//button")).click();
        wait.until(ExpectedConditions.urlMatches(".*/progress/reports/\\d+$"));
        String reportUrl = browser.getCurrentUrl();

        By line = By.xpath("//div[contains(@class,'line')][.//span[text()='III.4']]");
        new Select(browser.findElement(line).findElement(By.name("status"))).selectByValue("DONE");
        browser.findElement(line).findElement(By.name("narrative")).sendKeys("Đã hoàn thành, có báo cáo kèm theo");
        browser.findElement(line).findElement(By.tagName("summary")).click();
        browser.findElement(line).findElement(By.name("file")).sendKeys(pdf.toString());
        browser.findElement(line).findElement(By.name("title")).sendKeys("Báo cáo kết quả tháng 9");
        browser.findElement(line).findElement(By.cssSelector("button.btn-primary")).click();
        see("Đã lưu");
        assertThat(browser.findElement(line).getText()).contains("Báo cáo kết quả tháng 9");
        browser.findElement(By.xpath("//button[text()='Nộp báo cáo']")).click();
        see("Đã nộp báo cáo (lần 1)");

        logIn(c.standingAgency());
        browser.get(reportUrl);
        browser.findElement(By.id("comment")).sendKeys("Bổ sung kết quả cụ thể");
        browser.findElement(By.xpath("//button[@value='RETURN']")).click();
        see("Đã trả lại báo cáo");

        logIn(c.unitHead());
        browser.get(reportUrl);
        see("Bổ sung kết quả cụ thể");
        browser.findElement(line).findElement(By.name("narrative")).sendKeys(": 12 TTHC được công khai");
        browser.findElement(line).findElement(By.cssSelector("button.btn-primary")).click();
        see("Đã lưu");
        browser.findElement(By.xpath("//button[text()='Nộp lại báo cáo']")).click();
        see("Đã nộp báo cáo (lần 2)");

        logIn(c.standingAgency());
        browser.get(reportUrl);
        browser.findElement(By.xpath("//button[@value='ACCEPT']")).click();
        see("Đã chấp nhận báo cáo");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Lần 2").contains("Lần 1")
                .contains("Đã trả lại").contains("Báo cáo kết quả tháng 9");

        browser.get("http://localhost:" + port + "/progress?plan=" + planId + "&period=2025M09");
        String dashboard = browser.findElement(By.tagName("main")).getText();
        assertThat(dashboard).contains("Tỷ lệ hoàn thành trong kỳ\n100%").contains("1/1 đã hoàn thành");
        browser.get("http://localhost:" + port + "/plans/" + planId);
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Hoàn thành đúng hạn");
    }
}
