package vn.cchc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * Debian's Chromium at 390 px: the audit log's rows are cards of labelled lines, so "before → after" is on the
 * screen without scrolling sideways, in both languages (the table scrolled inside its card, with the change off
 * the screen, at the end of issue 20).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class AuditOnAPhoneInBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;

    @Test
    void eachEntryIsACardWhoseChangesAreOnAPhonesScreen() {
        Fixture.Commune c = fixture.commune();
        plans.issuedPlan(c.standingAgency(), "2026", PeriodType.MONTH);
        try (Journey journey = Journey.start(port)) {
            journey.logIn(c.admin());
            journey.resize(390);
            for (String lang : List.of("vi", "en")) {
                journey.open("/audit?lang=" + lang);
                assertThat(journey.overflow()).as("sideways scroll in %s", lang).isLessThanOrEqualTo(0);
                @SuppressWarnings("unchecked")
                List<Number> box = (List<Number>) journey.script("""
                        const cell = document.querySelector('table.cards-on-phone td.changes');
                        const r = cell.getBoundingClientRect();
                        return [r.left, r.right, window.innerWidth];""");
                assertThat(box.get(0).doubleValue()).as("left edge of the change in %s", lang).isGreaterThanOrEqualTo(0);
                assertThat(box.get(1).doubleValue()).as("right edge of the change in %s", lang)
                        .isLessThanOrEqualTo(box.get(2).doubleValue());
                assertThat((String) journey.script("""
                        return getComputedStyle(document.querySelector('table.cards-on-phone td.changes'), '::before')
                            .content;""")).contains(lang.equals("vi") ? "Trước → sau" : "Before");
            }
        }
    }
}
