package vn.cchc.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * Debian's Chromium on the real server: the standing agency opens the calendar of deadlines in November 2026, moves
 * to December, where T1 falls due for the office (31/12) and the service centre (24/12), and filters by the centre.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class DeadlinesInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theStandingAgencyMovesToTheNextMonthAndFiltersByUnit() {
        clock.setToday(LocalDate.of(2026, 11, 30));
        Fixture.Commune c = fixture.communeInOwnProvince();
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.QUARTER);
        plans.task(c.standingAgency(), plan, "T1", "Tháng 12", c.officeUnit(), c.centreUnit());
        try (Journey journey = Journey.start(port)) {
            journey.logIn(c.standingAgency());
            journey.resize(1366);
            journey.open("/deadlines?lang=vi");
            journey.see("Lịch hạn tháng 11/2026");
            journey.click(By.id("next-month"));
            journey.see("Lịch hạn tháng 12/2026");
            assertThat(journey.main()).contains("T1 Nhiệm vụ T1 (Tháng 12/2026)");
            // today, 30/11, still shows in December's first week, highlighted
            assertThat(journey.find(By.cssSelector("td.today")).getText()).contains("30", "Hôm nay");

            new Select(journey.find(By.id("unit"))).selectByVisibleText("Trung tâm Phục vụ hành chính công");
            journey.waitForUrl(".*unit=" + c.centreUnit() + ".*");
            journey.see("Lịch hạn tháng 12/2026");
            assertThat(journey.find(By.cssSelector("a.kind-TASK")).getAttribute("title")).contains("TTPVHCC");
            assertThat(journey.main()).doesNotContain("– VP");
            journey.resize(390);
            journey.open("/deadlines?month=2026-12&unit=" + c.centreUnit());
            assertThat(journey.overflow()).isLessThanOrEqualTo(0);
            assertThat(journey.main()).contains("Thứ Năm, 24/12/2026");
        }
    }
}
