package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Browsers;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;
import vn.cchc.support.TestClockConfiguration;

/**
 * In Chromium against the real server: the office scores A2.1 "yes" with a PDF, the standing agency accepts it, the
 * chairman approves and sends the assessment, the appraiser lowers A2.1 to 0, and the commune sees the difference.
 * The other criteria were scored beforehand: 3 + 1,5 + 3 + 1 + 4 = 12,5, plus A2.1's 2 = 14,5 self points.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class AssessInBrowserTest {

    @LocalServerPort int port;
    @Autowired Scenes scenes;
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
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Clicks after scrolling the element into view (forms can reach below the headless window's edge). */
    private void click(By by) {
        org.openqa.selenium.WebElement e = browser.findElement(by);
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        try {
            e.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            js.executeScript("arguments[0].click()", e);
        }
    }

    private void see(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    @Test
    void aUnitScoresWithEvidenceTheCoordinatorAcceptsTheChairmanSendsTheAppraiserLowersAndTheCommuneSeesIt() throws Exception {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(c);
        scenes.scoreAndAccept(c, id, "A1.1", "3", null, null);
        scenes.scoreAndAccept(c, id, "A1.2", "1.5", null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        scenes.scoreAndAccept(c, id, "A2.2", "1", null, null);
        scenes.scoreAndAccept(c, id, "A2.3", "4", null, null);
        long item = scenes.row(c, id, "A2.1").item().id();
        Path pdf = Files.write(Files.createTempFile("quyet-dinh", ".pdf"), EvidenceFiles.pdf("Quyết định ban hành quy chế"));

        logIn(c.unitStaff());
        open("/parindex/assessments/" + id);
        click(By.linkText("Quyết định"));
        new Select(browser.findElement(By.id("points"))).selectByVisibleText("Đạt (2 điểm)");
        browser.findElement(By.id("comment")).sendKeys("Quyết định số 12/QĐ-UBND ngày 05/3/2026");
        browser.findElement(By.name("file")).sendKeys(pdf.toString());
        browser.findElement(By.name("title")).sendKeys("Quyết định ban hành quy chế làm việc");
        click(By.xpath("//button[text()='Lưu']"));
        see("Đã lưu.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Quyết định ban hành quy chế làm việc");
        click(By.xpath("//button[text()='Gửi cơ quan thường trực']"));
        see("Đã gửi cơ quan thường trực.");

        logIn(c.standingAgency());
        open("/parindex/items/" + item);
        click(By.xpath("//button[@value='ACCEPT']"));
        see("Đã chấp nhận tiêu chí.");

        logIn(c.leader());
        open("/parindex/assessments/" + id);
        click(By.xpath("//button[text()='Phê duyệt và gửi Sở Nội vụ']"));
        see("Đã phê duyệt và gửi Sở Nội vụ");
        assertThat(browser.findElement(By.id("self-total")).getText()).isEqualTo("14,5");

        logIn(c.appraiser());
        open("/parindex/items/" + item);
        browser.findElement(By.id("appraised")).clear();
        browser.findElement(By.id("appraised")).sendKeys("0");
        browser.findElement(By.id("appraisal-comment")).sendKeys("Quyết định ban hành ngoài kỳ đánh giá");
        click(By.xpath("//button[text()='Lưu điểm thẩm định']"));
        see("Đã lưu điểm thẩm định.");

        logIn(c.standingAgency());
        open("/parindex/assessments/" + id);
        String row = browser.findElement(By.id("node-A2.1")).getText();
        assertThat(row).contains("Quyết định").contains("2").contains("0").endsWith("-2");
        assertThat(browser.findElement(By.id("appraised-total")).getText()).isEqualTo("12,5");
        open("/parindex/items/" + item);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Quyết định ban hành ngoài kỳ đánh giá")
                .contains("Thẩm định");
        assertThat(browser.findElement(By.id("appraised-points")).getText()).isEqualTo("0");
    }
}
