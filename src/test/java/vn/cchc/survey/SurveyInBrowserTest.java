package vn.cchc.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
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
import vn.cchc.support.MutableClock;
import vn.cchc.support.TestClockConfiguration;

/**
 * Debian's Chromium on the real server, as a citizen's phone: the form opened from the QR code with a dossier code,
 * 390 px wide without sideways scrolling, every field labelled; answering "Có" opens the satisfaction block; the
 * answer is stored and thanked for. The filled form is saved as target/screenshots/survey-form-390.png (copied to
 * docs/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class SurveyInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired SurveySetup setup;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCitizenFillsTheFormOnAPhoneAndIsThanked() {
        clock.setToday(LocalDate.of(2026, 11, 2));
        Fixture.Commune c = fixture.communeInOwnProvince();
        Survey survey = setup.survey(c, LocalDate.of(2026, 11, 1));
        SurveyPoint point = setup.generalPoint(survey);
        try (Journey journey = Journey.start(port)) {
            journey.resize(390);
            journey.open(point.path() + "?hs=HS-2026-0042");
            journey.see("Đánh giá cho hồ sơ HS-2026-0042.");
            assertThat(journey.overflow()).isLessThanOrEqualTo(0);
            assertThat((Long) journey.script("return Array.from(document.querySelectorAll('input:not([type=hidden]),"
                    + " textarea')).filter(i => i.labels.length === 0).length;")).isZero();
            assertThat(journey.find(By.id("b-S")).isDisplayed()).isFalse();
            journey.click(By.cssSelector("input[name='a.E1'][value='1']"));
            assertThat(journey.find(By.id("b-S")).isDisplayed()).isTrue();
            journey.click(By.cssSelector("input[name='a.S1'][value='4']"));
            journey.click(By.cssSelector("input[name='a.S2'][value='5']"));
            journey.click(By.cssSelector("input[name='a.D1'][value='3']"));
            journey.find(By.id("t-T1")).sendKeys("Cán bộ hướng dẫn tận tình.");
            assertThat(journey.overflow()).isLessThanOrEqualTo(0);
            journey.screenshot(Path.of("target/screenshots/survey-form-390.png"));
            clock.advance(Duration.ofSeconds(45));
            journey.click(By.cssSelector("button.send"));
            journey.see("Cảm ơn ông/bà!");
        }
        assertThat(jdbc.sql("select dossier_code || ' ' || flags from survey_response where commune_id = ?")
                .param(c.id()).query(String.class).single()).isEqualTo("HS-2026-0042 dossier-unknown");
        assertThat(jdbc.sql("select string_agg(item_code || '=' || coalesce(value::text, text), ',' order by item_code)"
                + " from survey_answer where commune_id = ?").param(c.id()).query(String.class).single())
                .isEqualTo("D1=3,E1=1,S1=4,S2=5,T1=Cán bộ hướng dẫn tận tình.");
    }
}
