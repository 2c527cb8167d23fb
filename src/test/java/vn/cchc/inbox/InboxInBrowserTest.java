package vn.cchc.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.progress.ReportService;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * In Chromium against the real server, on Monday 22/09/2025: the standing agency signs in, lands on its inbox and
 * clicks the centre's September report to review it; it returns the report; the centre's head signs in, lands on the
 * inbox and clicks the returned report to revise it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class InboxInBrowserTest {

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

    @Test
    void theStandingAgencyAndAUnitHeadLandOnTheirInboxAndClickThroughToWhereTheyAct() {
        Fixture.Commune c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "III.4", "Tháng 9", c.centreUnit());
        clock.setToday(LocalDate.of(2025, 9, 22));
        long id = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        reports.submit(c.unitHead(), id, version(id), Map.of());

        journey.logIn(c.standingAgency());
        journey.waitForUrl(".*/inbox$");
        journey.see("Báo cáo chờ duyệt");
        assertThat(journey.main()).contains("Báo cáo tháng 9/2025 — TTPVHCC", "10/10/2025", "còn 14 ngày làm việc");
        journey.click(By.linkText("Báo cáo tháng 9/2025 — TTPVHCC"));
        journey.waitForUrl(".*/progress/reports/" + id + "$");
        journey.find(By.id("comment")).sendKeys("Bổ sung số liệu tháng 9");
        journey.click(By.xpath("//button[@value='RETURN']"));
        journey.see("Đã trả lại báo cáo");
        journey.open("/inbox");
        journey.see("Không có việc nào đang chờ bạn.");

        journey.logIn(c.unitHead());
        journey.waitForUrl(".*/inbox$");
        journey.see("Báo cáo bị trả lại");
        assertThat(journey.main()).contains("Việc của đơn vị đến hạn", "III.4 Nhiệm vụ III.4", "30/09/2025",
                "còn 6 ngày làm việc");
        journey.click(By.xpath("//div[@id='returned']//a[text()='Báo cáo tháng 9/2025']"));
        journey.waitForUrl(".*/progress/reports/" + id + "$");
        journey.see("Bổ sung số liệu tháng 9");
        assertThat(journey.find(By.xpath("//button[text()='Nộp lại báo cáo']")).isDisplayed()).isTrue();
    }

    private int version(long reportId) {
        return jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class).single();
    }
}
