package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.TestClockConfiguration;

/**
 * Debian's Chromium at 390 px: each API key is a card of labelled lines, its end of validity on the screen, and no
 * label runs past its line into the next, in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ApiKeysOnAPhoneInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired ApiKeys keys;

    @Test
    void eachKeyIsACardWithItsEndOnThePhonesScreen() {
        Fixture.Commune c = fixture.commune();
        keys.create(c.admin(), "Hệ thống một cửa của tỉnh", EnumSet.of(ApiScope.DOSSIERS_WRITE), 90);
        try (Journey journey = Journey.start(port)) {
            journey.logIn(c.admin());
            journey.resize(390);
            for (String lang : List.of("vi", "en")) {
                journey.open("/api-keys?lang=" + lang);
                assertThat(journey.overflow()).as("sideways scroll in %s", lang).isLessThanOrEqualTo(0);
                @SuppressWarnings("unchecked")
                List<Number> box = (List<Number>) journey.script("""
                        const cells = [...document.querySelectorAll('table.cards-on-phone td[data-label]')];
                        const end = cells[4].getBoundingClientRect();
                        // how far the tallest label reaches below its own cell (0 or less: none does)
                        const past = Math.max(...cells.map(td => {
                            const label = parseFloat(getComputedStyle(td, '::before').height) || 0;
                            return label - td.getBoundingClientRect().height;
                        }));
                        return [end.left, end.right, window.innerWidth, past];""");
                assertThat(box.get(0).doubleValue()).as("left edge of the end in %s", lang).isGreaterThanOrEqualTo(0);
                assertThat(box.get(1).doubleValue()).as("right edge of the end in %s", lang)
                        .isLessThanOrEqualTo(box.get(2).doubleValue());
                assertThat(box.get(3).doubleValue()).as("a label taller than its line in %s", lang)
                        .isLessThanOrEqualTo(0.5);
            }
        }
    }
}
