package vn.cchc.registers;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.cchc.parindex.Scenes;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.MutableClock;
import vn.cchc.support.TestClockConfiguration;

/**
 * In Chromium, on 10/06/2026, in a commune of three active units whose PAR set scores inspections from the register:
 * K1.1 coverage ladder (≥ 30% → 1 point) and K1.2 remediation in proportion (full at 100%, 2 points). The standing
 * agency plans an inspection of the office, records it (02/03/2026) with two findings due 30/04 and 31/05/2026; the
 * office fixes the first on 20/04/2026. By hand: coverage 1/3 = 33,33% → K1.1 from 0 to 1 point; remediation 0/2 →
 * 1/2 = 50% → K1.2 from 0 to 2 × 50/100 = 1 point.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class InspectionJourneyInBrowserTest {

    static final String SET = """
            {"code": "K-2026", "title": "Bộ thử kiểm tra", "year": 2026, "grading": "A:90;B:80;C:0", "criteria": [
             {"code": "K1", "title": "Chỉ đạo, điều hành", "maxPoints": 3},
             {"code": "K1.1", "parent": "K1", "title": "Kiểm tra công tác CCHC", "maxPoints": 1, "method": "LADDER",
              "rule": "indicator:INSPECTION_COVERAGE; >=30:1; else:0", "unit": "STANDING"},
             {"code": "K1.2", "parent": "K1", "title": "Khắc phục tồn tại sau kiểm tra", "maxPoints": 2,
              "method": "PROPORTIONAL", "rule": "indicator:REMEDIATION_RATE; full:100", "unit": "STANDING"}]}
            """;

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
    void planningRecordingAndFixingAnInspectionMovesTheCoverageRemediationAndParProposals() {
        Fixture.Commune c = scenes.communeWithSet(SET);
        long assessment = scenes.startHalfYear(c);
        long coverageItem = scenes.row(c, assessment, "K1.1").item().id();
        long remediationItem = scenes.row(c, assessment, "K1.2").item().id();
        String office = String.valueOf(c.officeUnit());

        journey.logIn(c.standingAgency());
        journey.open("/parindex/items/" + coverageItem);
        assertThat(journey.find(By.id("proposal")).getText()).contains("đề xuất 0 điểm").contains("0%");
        journey.open("/parindex/items/" + remediationItem);
        assertThat(journey.main()).doesNotContain("Dữ liệu hiện tại đề xuất");

        journey.open("/registers/inspections?year=2026");
        journey.click(By.linkText("Thêm đơn vị vào kế hoạch"));
        new Select(journey.find(By.id("unitId"))).selectByValue(office);
        journey.find(By.id("plannedMonth")).sendKeys("3");
        journey.find(By.id("inspectors")).sendKeys("Tổ kiểm tra CCHC phường");
        journey.click(By.xpath("//button[text()='Lưu']"));
        journey.waitForUrl(".*/registers/inspections\\?year=2026$");
        journey.click(By.xpath("//table//a[text()='Ghi nhận kiểm tra']"));
        journey.find(By.id("inspectedOn")).clear();
        journey.find(By.id("inspectedOn")).sendKeys("02/03/2026");
        journey.find(By.id("conclusion")).sendKeys("Niêm yết thủ tục chưa đầy đủ; sổ theo dõi hồ sơ chưa cập nhật.");
        journey.click(By.xpath("//button[text()='Lưu']"));
        journey.waitForUrl(".*/registers/inspections/records/\\d+$");
        String record = journey.url();
        finding(office, "Trước ngày 30/4/2026", "Niêm yết lại thủ tục hành chính tại bộ phận một cửa");
        journey.open(record.substring(record.indexOf("/registers")));
        finding(office, "Tháng 5", "Cập nhật sổ theo dõi hồ sơ");
        assertThat(journey.main()).contains("Niêm yết lại thủ tục hành chính").contains("Cập nhật sổ theo dõi hồ sơ");

        journey.open("/parindex/items/" + coverageItem);
        assertThat(journey.find(By.id("proposal")).getText()).contains("đề xuất 1 điểm").contains("33,33%");
        journey.open("/parindex/items/" + remediationItem);
        assertThat(journey.find(By.id("proposal")).getText()).contains("đề xuất 0 điểm").contains("0%");

        journey.logIn(c.unitStaff());
        journey.open(record.substring(record.indexOf("/registers")));
        journey.click(By.xpath("(//a[text()='Ghi nhận đã khắc phục'])[1]"));
        journey.find(By.id("fixedOn")).clear();
        journey.find(By.id("fixedOn")).sendKeys("20/04/2026");
        journey.find(By.id("note")).sendKeys("Đã niêm yết lại 45 thủ tục");
        journey.click(By.xpath("//button[text()='Lưu']"));
        journey.waitForUrl(".*/registers/inspections/records/\\d+$");
        assertThat(journey.main()).contains("Đã khắc phục ngày 20/04/2026");

        journey.logIn(c.standingAgency());
        journey.open("/registers/inspections?year=2026");
        assertThat(journey.main()).contains("33,3% (1/3)").contains("50% (1/2)");
        journey.open("/parindex/items/" + remediationItem);
        assertThat(journey.find(By.id("proposal")).getText()).contains("đề xuất 1 điểm").contains("50%");
    }

    private void finding(String unit, String deadline, String content) {
        journey.click(By.linkText("Thêm tồn tại, hạn chế"));
        new Select(journey.find(By.id("unitId"))).selectByValue(unit);
        journey.find(By.id("deadline")).sendKeys(deadline);
        journey.find(By.id("content")).sendKeys(content);
        journey.click(By.xpath("//button[text()='Lưu']"));
        journey.waitForUrl(".*/registers/inspections/records/\\d+$");
    }
}
