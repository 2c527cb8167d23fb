package vn.cchc.summary;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * In Chromium against the real server: the standing agency sends its draft plan to the chairman with a note; the
 * chairman logs in and lands on his summary, finds it awaiting him, opens the plan and issues it; the summary then has nothing
 * waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class IssueAPlanInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired JdbcClient jdbc;

    Journey journey;

    @BeforeEach
    void startBrowser() {
        journey = Journey.start(port);
    }

    @AfterEach
    void stopBrowser() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void theDrafterSendsThePlanAndTheChairmanIssuesItFromHisSummary() {
        Fixture.Commune c = fixture.commune();
        long planId = plans.plan(c.standingAgency(), "2026");
        plans.task(c.standingAgency(), planId, "1.1", "Quý III", c.centreUnit());
        jdbc.sql("update plan set decision_number = '12/QĐ-UBND', decision_date = date '2026-01-05' where id = ?")
                .param(planId).update();

        journey.logIn(c.standingAgency());
        journey.open("/plans/" + planId + "?lang=vi");
        journey.see("Trình Chủ tịch ban hành");
        journey.find(By.id("issue-note")).sendKeys("Đã lấy ý kiến các phòng");
        journey.click(By.id("send-for-issuing"));
        journey.see("Đã trình Chủ tịch ban hành kế hoạch.");

        journey.logIn(c.leader()); // the chairman lands on his summary
        journey.waitForUrl(".*/summary$");
        journey.see("Chờ Chủ tịch xử lý");
        assertThat(journey.find(By.id("awaiting")).getText())
                .contains("Trình ban hành: Kế hoạch CCHC 2026", "Đã lấy ý kiến các phòng");
        journey.click(By.linkText("Trình ban hành: Kế hoạch CCHC 2026"));
        journey.waitForUrl(".*/plans/" + planId + "$");
        journey.see("Đã trình Chủ tịch ban hành: Người dùng " + c.standingAgency().getUsername());
        journey.click(By.id("issue-plan"));
        journey.see("Đã cập nhật trạng thái kế hoạch.");
        assertThat(journey.main()).contains("Đã ban hành").doesNotContain("Trình Chủ tịch ban hành");

        journey.open("/summary?lang=vi");
        journey.see("Không có việc nào chờ Chủ tịch xử lý.");
        assertThat(journey.find(By.id("plan-progress")).getText()).contains("Kế hoạch CCHC 2026");
    }
}
