package vn.cchc.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.support.Browsers;
import vn.cchc.support.Fixture;
import vn.cchc.support.TestClockConfiguration;

/**
 * Debian's Chromium, headless, on the real server: the review page fits a 390 px phone and a 1366 px laptop without
 * sideways scrolling, its source lines open from their summary (no script), and unticking a task then creating the
 * plan leaves that task out. Screenshots go to target/screenshots for a look.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ImportReviewInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired ImportDrafts drafts;
    @Autowired JdbcClient jdbc;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browsers.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reviewFitsPhoneAndLaptopAndCreatesThePlanWithoutTheUntickedTask() throws Exception {
        Fixture.Commune c = fixture.commune();
        long draftId = drafts.store(c.standingAgency(), ImportDrafts.seed003(c));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(c.standingAgency().getUsername());
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));

        for (int width : new int[] {390, 1366}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get("http://localhost:" + port + "/plans/import/" + draftId);
            assertThat(overflow()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0L);
            screenshot("import-review-" + width, null);
            screenshot("import-review-tasks-" + width, browser.findElement(By.id("task-2")));
        }
        browser.get("http://localhost:" + port + "/plans/import");
        screenshot("import-start-1366", null);

        browser.get("http://localhost:" + port + "/plans/import/" + draftId);
        WebElement source = browser.findElement(By.cssSelector("#task-1 details summary"));
        click(source);
        assertThat(browser.findElement(By.cssSelector("#task-1 details pre")).getText())
                .contains("42  1.2. Tự chấm điểm xác định chỉ số cải cách hành chính xã năm 2025.");
        click(browser.findElement(By.id("tasks1.include1")));
        click(browser.findElement(By.cssSelector("button[formaction$='/create']")));
        wait.until(ExpectedConditions.urlMatches("/plans/[0-9]+$"));
        assertThat(jdbc.sql("select string_agg(code, ' ' order by ordinal) from plan_task t join plan p on p.id = t.plan_id where p.commune_id = ?")
                .param(c.id()).query(String.class).single()).isEqualTo("1.1 1.3 1.4 2.1");
    }

    private long overflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
    }

    /** A script's click: the page's sticky save bar may cover the element where the driver would click. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private void screenshot(String name, WebElement top) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        ((JavascriptExecutor) browser).executeScript(top == null ? "window.scrollTo({top: 0, behavior: 'instant'})" : "arguments[0].scrollIntoView({behavior: 'instant'})", top);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
