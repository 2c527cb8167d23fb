package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.support.Browsers;
import vn.cchc.support.Fixture;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Debian's Chromium, headless, drives the real server: log in, open the plan, add a task with the deadline
 * "Quý III", see the live understanding of the phrase, and find the task listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class AddTaskInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;

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
    void standingAgencyAddsAQuarterTaskAndSeesItListed() {
        Fixture.Commune c = fixture.commune();
        long planId = plans.plan(c.standingAgency(), "2025");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(c.standingAgency().getUsername());
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));

        browser.get("http://localhost:" + port + "/plans/" + planId);
        browser.findElement(By.linkText("Thêm nhiệm vụ")).click();
        new Select(browser.findElement(By.id("areaCode"))).selectByValue("VII");
        browser.findElement(By.id("code")).sendKeys("VII.8");
        browser.findElement(By.id("title")).sendKeys("Xây dựng Kế hoạch chuyển đổi số");
        browser.findElement(By.id("product")).sendKeys("Kế hoạch của UBND phường");
        new Select(browser.findElement(By.id("leadUnitId"))).selectByVisibleText("Phòng Văn hóa – Xã hội");
        browser.findElement(By.id("deadlinePhrase")).sendKeys("Quý III");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deadline-preview"), "30/09/2025"));
        assertThat(browser.findElement(By.id("deadline-preview")).getText()).contains("Quý III/2025");
        // Centred first: the button sits at the bottom edge of the headless window, where Chromium 156 refuses the
        // click as intercepted.
        WebElement save = browser.findElement(By.cssSelector("#task-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        try {
            save.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException stillCovered) {
            // The deadline preview can still be growing under the button; a script click is the same submit.
            ((JavascriptExecutor) browser).executeScript("arguments[0].click()", save);
        }

        wait.until(ExpectedConditions.urlContains("/plans/" + planId));
        String tasks = browser.findElement(By.id("tasks")).getText();
        assertThat(tasks).contains("VII.8").contains("Xây dựng Kế hoạch chuyển đổi số").contains("Quý III")
                .contains("hạn 30/09/2025");
    }
}
