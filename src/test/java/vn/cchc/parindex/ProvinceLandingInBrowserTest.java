package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.MutableClock;
import vn.cchc.support.TestClockConfiguration;

/**
 * In Chromium against the real server: the commune sends its first-half assessment on Wednesday 10/06/2026 (self
 * 3 + 1,5 + 3 + 2 + 2 + 6 = 17,5 of 20); on Monday 15/06 the appraiser's landing lists it as awaiting appraisal for
 * 3 working days (11, 12, 15) and opens it from there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ProvinceLandingInBrowserTest {

    @LocalServerPort int port;
    @Autowired Scenes scenes;
    @Autowired ApproveAndSend approving;
    @Autowired MutableClock clock;

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
    void theAppraiserOpensAnAwaitingAssessmentFromTheProvinceLanding() {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(c);
        scenes.scoreAndAccept(c, id, "A1.1", "3", null, null);
        scenes.scoreAndAccept(c, id, "A1.2", "1.5", null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        scenes.scoreAndAccept(c, id, "A2.1", "2", null, null);
        scenes.scoreAndAccept(c, id, "A2.2", "2", null, null);
        scenes.scoreAndAccept(c, id, "A2.3", "6", null, null);
        approving.approve(c.leader(), id, 0);
        clock.setToday(LocalDate.of(2026, 6, 15));

        journey.logIn(c.appraiser());
        journey.open("/province");
        journey.see("Chờ thẩm định (1)");
        String line = journey.find(By.cssSelector("#awaiting tbody tr")).getText();
        assertThat(line).contains("Phường thử " + c.tag(), "6 tháng đầu năm 2026", "Đã gửi, chờ thẩm định", "10/06/2026")
                .endsWith(" 3");
        assertThat(journey.find(By.cssSelector("#ranking tbody tr")).getText()).contains("87,5%");
        journey.click(By.cssSelector("#awaiting a"));
        journey.waitForUrl(".*/parindex/assessments/" + id + "$");
        journey.see("17,5");
    }
}
