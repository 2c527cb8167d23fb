package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
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

        journey.logIn(c.unitStaff());
        journey.open("/parindex/assessments/" + id);
        journey.click(By.linkText("Quyết định"));
        new Select(journey.find(By.id("points"))).selectByVisibleText("Đạt (2 điểm)");
        journey.find(By.id("comment")).sendKeys("Quyết định số 12/QĐ-UBND ngày 05/3/2026");
        journey.find(By.name("file")).sendKeys(pdf.toString());
        journey.find(By.name("title")).sendKeys("Quyết định ban hành quy chế làm việc");
        journey.click(By.xpath("//button[text()='Lưu']"));
        journey.see("Đã lưu.");
        assertThat(journey.main()).contains("Quyết định ban hành quy chế làm việc");
        journey.click(By.xpath("//button[text()='Gửi cơ quan thường trực']"));
        journey.see("Đã gửi cơ quan thường trực.");

        journey.logIn(c.standingAgency());
        journey.open("/parindex/items/" + item);
        journey.click(By.xpath("//button[@value='ACCEPT']"));
        journey.see("Đã chấp nhận tiêu chí.");

        journey.logIn(c.leader());
        journey.open("/parindex/assessments/" + id);
        journey.click(By.xpath("//button[text()='Phê duyệt và gửi Sở Nội vụ']"));
        journey.see("Đã phê duyệt và gửi Sở Nội vụ");
        assertThat(journey.find(By.id("self-total")).getText()).isEqualTo("14,5");

        journey.logIn(c.appraiser());
        journey.open("/parindex/items/" + item);
        journey.find(By.id("appraised")).clear();
        journey.find(By.id("appraised")).sendKeys("0");
        journey.find(By.id("appraisal-comment")).sendKeys("Quyết định ban hành ngoài kỳ đánh giá");
        journey.click(By.xpath("//button[text()='Lưu điểm thẩm định']"));
        journey.see("Đã lưu điểm thẩm định.");

        journey.logIn(c.standingAgency());
        journey.open("/parindex/assessments/" + id);
        String row = journey.find(By.id("node-A2.1")).getText();
        assertThat(row).contains("Quyết định").contains("2").contains("0").endsWith("-2");
        assertThat(journey.find(By.id("appraised-total")).getText()).isEqualTo("12,5");
        journey.open("/parindex/items/" + item);
        assertThat(journey.main()).contains("Quyết định ban hành ngoài kỳ đánh giá")
                .contains("Thẩm định");
        assertThat(journey.find(By.id("appraised-points")).getText()).isEqualTo("0");
    }
}
