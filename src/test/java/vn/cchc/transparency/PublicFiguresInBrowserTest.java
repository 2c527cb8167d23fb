package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.dossier.DossierImports;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.MutableClock;
import vn.cchc.support.TestClockConfiguration;
import vn.cchc.survey.SurveyRows;

/**
 * Debian's Chromium on the real server, as a citizen's phone: the figures page 390 px wide without sideways
 * scrolling, its three charts drawn by public-figures.js under the page's CSP, the year select labelled. Saved as
 * target/screenshots/public-figures-390.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class PublicFiguresInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired MutableClock clock;
    @Autowired DossierImports imports;
    @Autowired SurveyRows surveyRows;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCitizenReadsTheChartsOnAPhoneWithoutScrollingSideways() {
        clock.setToday(LocalDate.of(2026, 12, 1));
        Fixture.Commune c = fixture.communeInOwnProvince();
        String csv = PublicFiguresPageTest.HEADER + "\n" + String.join("\n", PublicFiguresPageTest.LEDGER) + "\n";
        imports.importNow(c.unitHead(), "so.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        surveyRows.insert(c);
        try (Journey journey = Journey.start(port)) {
            journey.resize(390);
            journey.open("/cong-khai/" + c.code() + "/chi-so");
            journey.see("Chỉ số phục vụ năm 2026");
            assertThat(journey.overflow()).isLessThanOrEqualTo(0);
            assertThat((Long) journey.script("return Array.from(document.querySelectorAll('canvas.pub-chart'))"
                    + ".filter(c => window.Chart && Chart.getChart(c)).length;")).isEqualTo(3L);
            assertThat((Long) journey.script("return Array.from(document.querySelectorAll('select, input:not([type=hidden])'))"
                    + ".filter(i => i.labels.length === 0).length;")).isZero();
            journey.screenshot(Path.of("target/screenshots/public-figures-390.png"));
        }
    }
}
