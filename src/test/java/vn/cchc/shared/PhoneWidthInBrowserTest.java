package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * Debian's Chromium on the real server: at 390 px (a phone) no main page scrolls sideways — tables scroll inside
 * their card, toolbars and filters wrap — for the standing agency, a unit head and the commune admin, in Vietnamese
 * and English, and the province's pages for the appraiser; at 1366 px the admin's menu fits one row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class PhoneWidthInBrowserTest {

    private static final List<String> MAIN_PAGES = List.of("/inbox", "/summary", "/overview", "/plans", "/progress", "/progress/my",
            "/evidence", "/dossiers", "/dossiers/score", "/dossiers/late", "/dossiers/imports", "/dossiers/procedures",
            "/pakn", "/pakn/new", "/parindex", "/calendar", "/documents", "/documents/periodic", "/notifications",
            "/deadlines", "/account", "/org/units", "/org/users", "/survey", "/survey/templates",
            "/survey/results", "/registers", "/registers/initiatives", "/registers/initiatives/new",
            "/registers/dialogues", "/registers/dialogues/new", "/registers/propaganda", "/registers/propaganda/new");
    private static final List<String> PROVINCE_PAGES = List.of("/province", "/parindex/province", "/calendar", "/survey/templates");

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;

    @Test
    void noMainPageScrollsSidewaysOnAPhoneAndTheAdminsMenuFitsOneRowOnALaptop() {
        Fixture.Commune c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.MONTH);
        long taskId = plans.task(c.standingAgency(), planId, "T1", "Định kỳ hằng tháng", c.centreUnit(),
                c.cultureUnit());
        List<String> pages = new ArrayList<>(MAIN_PAGES);
        pages.add("/plans/" + planId);
        pages.add("/tasks/" + taskId);
        pages.add("/search?q=nhiem+vu+dinh+ky");
        List<String> sideways = new ArrayList<>();
        try (Journey journey = Journey.start(port)) {
            for (CurrentUser user : List.of(c.standingAgency(), c.unitHead(), c.admin())) {
                journey.logIn(user);
                sideways.addAll(widerThanAPhone(journey, user, pages));
                journey.resize(1366);
                journey.open("/overview?lang=vi");
                assertThat(journey.menuHeight()).as("menu of %s at 1366 px", user.getUsername()).isLessThan(80);
            }
            journey.logIn(c.appraiser());
            sideways.addAll(widerThanAPhone(journey, c.appraiser(), PROVINCE_PAGES));
        }
        assertThat(sideways).as("pages wider than a 390 px phone").isEmpty();
    }

    /** The pages (in both languages) that scroll sideways at 390 px for the logged-in user, with by how much. */
    private static List<String> widerThanAPhone(Journey journey, CurrentUser user, List<String> pages) {
        List<String> sideways = new ArrayList<>();
        journey.resize(390);
        for (String lang : List.of("vi", "en")) {
            for (String page : pages) {
                journey.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                long over = journey.overflow();
                if (over > 0) {
                    sideways.add(user.getUsername() + " " + page + " " + lang + ": " + over + " px");
                }
            }
        }
        return sideways;
    }
}
