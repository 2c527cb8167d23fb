package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.documents.PdfPages;
import vn.cchc.plan.PlanService;
import vn.cchc.support.Browsers;
import vn.cchc.support.Fixture;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * Debian's Chromium prints a plan's task list to PDF as a user would (print stylesheet in app.css): the content
 * only, without menu, buttons or filter bar; the column headings on every page; no task cut across two pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ListPagesPrintTest {

    private static final int TASKS = 40;

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;

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
    void aPlanPrintsItsTasksWithoutMenuButtonsOrFiltersAndWithHeadingsOnEveryPage() {
        Fixture.Commune c = fixture.commune();
        long planId = plans.plan(c.admin(), "2026");
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= TASKS; i++) {
            String title = "Rà soát, đơn giản hóa thủ tục hành chính và thành phần hồ sơ, nhiệm vụ số " + i;
            planService.addTask(c.admin(), planId, Plans.taskForm(i % 2 == 0 ? "II" : "III", "T" + i, title,
                    "Quý III", c.centreUnit(), c.officeUnit()));
            titles.add(title);
        }
        logIn(c);
        browser.get("http://localhost:" + port + "/plans/" + planId);

        byte[] pdf = print();

        int pages = PdfPages.pageCount(pdf);
        assertThat(pages).isGreaterThan(1);
        List<String> pageTexts = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            String text = PdfPages.pageText(pdf, page).replaceAll("\\s+", " ");
            assertThat(text).as("page %d repeats the column headings", page + 1)
                    .contains("Sản phẩm/Kết quả", "Trạng thái");
            pageTexts.add(text);
        }
        String all = String.join(" ", pageTexts);
        assertThat(all).contains("Kế hoạch CCHC 2026")
                // menu, buttons (print, edit, issue, add a task) and the filter bar's select
                .doesNotContain("Minh chứng", "Người dùng", "Ban hành", "Thêm nhiệm vụ", "Mọi trạng thái")
                .doesNotContainPattern("\\bIn\\b");
        for (String title : titles) {
            assertThat(pageTexts).as("a whole row on one page: %s", title).anyMatch(text -> text.contains(title));
        }
    }

    private void logIn(Fixture.Commune c) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(c.admin().getUsername());
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** A4 landscape, as the stylesheet asks for a list of seven columns (the driver's size wins over the page's). */
    private byte[] print() {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(21.0, 29.7));
        options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        return Base64.getDecoder().decode(((PrintsPage) browser).print(options).getContent());
    }
}
