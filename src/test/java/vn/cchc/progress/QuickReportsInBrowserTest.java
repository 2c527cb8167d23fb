package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * In Chromium against the real server: the centre copies July's text into its August report; the standing agency
 * opens a resubmitted report and reads the changed lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class QuickReportsInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired MutableClock clock;
    @Autowired ReportService reports;
    @Autowired JdbcClient jdbc;

    Journey journey;
    Fixture.Commune c;
    long planId;

    @BeforeEach
    void start() {
        c = fixture.commune();
        planId = plans.issuedPlan(c.standingAgency(), "2025S2", PeriodType.MONTH);
        plans.task(c.standingAgency(), planId, "M", "Trước ngày 25 hằng tháng", c.centreUnit());
        clock.setToday(LocalDate.of(2025, 7, 20));
        journey = Journey.start(port);
    }

    @AfterEach
    void stop() {
        clock.reset();
        if (journey != null) {
            journey.close();
        }
    }

    private int version(long reportId) {
        return jdbc.sql("select version from unit_report where id = ?").param(reportId).query(Integer.class).single();
    }

    private Map<Long, ItemForm> doneWith(long reportId, String narrative, LocalDate on) {
        ReportPage.Line m = reports.page(c.unitHead(), reportId).lines().get(0);
        ItemForm form = ItemForm.of(m.item());
        form.setStatus(ItemStatus.DONE);
        form.setNarrative(narrative);
        form.setCompletedOn(on);
        form.setTouched(true);
        Map<Long, ItemForm> lines = new LinkedHashMap<>();
        lines.put(m.item().id(), form);
        return lines;
    }

    @Test
    void aUnitCopiesLastPeriodsTextIntoItsReport() {
        long july = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M07");
        reports.submit(c.unitHead(), july, version(july), doneWith(july, "Rà soát 12 TTHC", LocalDate.of(2025, 7, 15)));
        reports.review(c.standingAgency(), july, true, null, version(july));
        clock.setToday(LocalDate.of(2025, 8, 20));
        long august = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M08");

        journey.logIn(c.unitHead());
        journey.open("/progress/reports/" + august);
        journey.see("Còn 1/1 dòng đơn vị chưa cập nhật");
        journey.click(By.cssSelector("button.copy-last"));
        journey.see("Đã chép nội dung báo cáo kỳ trước vào 1 dòng.");
        assertThat(journey.find(By.cssSelector("textarea[name$='.narrative']")).getAttribute("value"))
                .isEqualTo("Rà soát 12 TTHC");
        // A second click has nothing left to copy, and says so.
        journey.click(By.cssSelector("button.copy-last"));
        journey.see("Không có gì để chép từ Báo cáo tháng 7/2025");
    }

    @Test
    void aReviewerOpensAResubmittedReportAndSeesTheChangedLines() {
        long july = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M07");
        reports.submit(c.unitHead(), july, version(july), doneWith(july, "Đã rà soát", LocalDate.of(2025, 7, 15)));
        reports.review(c.standingAgency(), july, false, "Ghi rõ số TTHC", version(july));
        reports.submit(c.unitHead(), july, version(july),
                doneWith(july, "Đã rà soát 12 TTHC", LocalDate.of(2025, 7, 18)));

        journey.logIn(c.standingAgency());
        journey.open("/progress/reports/" + july);
        journey.see("Thay đổi của lần nộp 2 so với lần 1 bị trả lại");
        String changes = journey.find(By.cssSelector(".changes-since-return")).getText();
        assertThat(changes).contains("M").contains("Đã rà soát → Đã rà soát 12 TTHC")
                .contains("15/07/2025 → 18/07/2025");
    }
}
