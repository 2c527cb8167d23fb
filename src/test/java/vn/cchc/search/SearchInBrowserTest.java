package vn.cchc.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.PlanService;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * Chromium on a 390 px phone: a unit head opens the menu, types "dang ky khai sinh" without accents into its search
 * box, presses Enter, sees the task under "Nhiệm vụ" with its words marked, and opens it. At laptop width the page's own
 * box finds it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class SearchInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;

    @Test
    void aUnitHeadFindsATaskFromTheMenuBoxWithoutAccentsAndOpensIt() {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long planId = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.QUARTER);
        long taskId = planService.addTask(c.standingAgency(), planId, Plans.taskForm("III", "T7",
                "Rà soát thủ tục Đăng ký khai sinh liên thông", "Quý III", c.centreUnit()));
        try (Journey journey = Journey.start(port)) {
            journey.logIn(c.unitHead());
            journey.resize(390);
            journey.open("/overview?lang=vi");
            journey.click(By.cssSelector("button.navbar-toggler"));
            journey.seeElement(By.id("nav-search-q"));
            journey.find(By.id("nav-search-q")).sendKeys("dang ky khai sinh" + Keys.ENTER);
            journey.see("Nhiệm vụ");
            assertThat(journey.find(By.cssSelector("#kind-TASK .search-result")).getText())
                    .contains("T7. Rà soát thủ tục Đăng ký khai sinh liên thông");
            assertThat(journey.find(By.cssSelector("#kind-TASK .search-result mark")).getText()).isEqualTo("Đăng");
            journey.click(By.cssSelector("#kind-TASK a.search-result"));
            journey.see("Rà soát thủ tục Đăng ký khai sinh liên thông");
            assertThat(journey.url()).endsWith("/tasks/" + taskId);
            journey.resize(1366);
            journey.open("/search?lang=vi");
            journey.find(By.id("search-q")).sendKeys("lien thong" + Keys.ENTER);
            journey.see("T7. Rà soát thủ tục Đăng ký khai sinh liên thông");
        }
    }
}
