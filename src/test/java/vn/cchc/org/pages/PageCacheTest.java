package vn.cchc.org.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.PageVersions;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The page cache serves a main page again only while nothing it may show has changed: a write request, an import
 * (or any change noted in {@link PageVersions}), a new day renew it; each user has their own copy; every answer
 * carries its own working CSRF token. A title changed straight in the database (as if by another instance) shows
 * whether an answer came from the cache.
 */
@IntegrationTest
@TestPropertySource(properties = "cchc.page-cache.enabled=true")
class PageCacheTest {

    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired JdbcClient jdbc;
    @Autowired PageVersions versions;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    long plan;
    MockHttpSession agency;

    @BeforeEach
    void planSeenOnce() throws Exception {
        c = fixture.commune();
        plan = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.QUARTER);
        retitle("Kế hoạch lúc đầu");
        agency = login(c.standingAgency().getUsername());
        assertThat(planPage(agency)).contains("Kế hoạch lúc đầu");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSecondViewComesFromTheCacheUntilAWriteRequestOfTheCommune() throws Exception {
        retitle("Đổi ngoài ứng dụng");
        assertThat(planPage(agency)).contains("Kế hoạch lúc đầu").doesNotContain("Đổi ngoài ứng dụng");

        mvc.perform(post("/plans").session(agency).with(csrf()).param("kind", "ANNUAL").param("title", "Kế hoạch khác")
                .param("periodCode", "2026").param("reportingCadence", "QUARTER")).andExpect(status().is3xxRedirection());

        assertThat(planPage(agency)).contains("Đổi ngoài ứng dụng");
    }

    @Test
    void aChangeNotedForAnotherCommuneLeavesThisCommunesPagesKept() throws Exception {
        Fixture.Commune other = fixture.commune();
        retitle("Đổi ngoài ứng dụng");

        versions.changed(other.id());
        assertThat(planPage(agency)).contains("Kế hoạch lúc đầu");
        versions.changed(c.id());
        assertThat(planPage(agency)).contains("Đổi ngoài ứng dụng");
    }

    @Test
    void aChangeForEveryoneAndANewDayRenewThePage() throws Exception {
        retitle("Sau thay đổi chung");
        versions.changedEverywhere();
        assertThat(planPage(agency)).contains("Sau thay đổi chung");

        retitle("Sang ngày mới");
        assertThat(planPage(agency)).contains("Sau thay đổi chung");
        clock.advance(Duration.ofDays(1));
        assertThat(planPage(agency)).contains("Sang ngày mới");
    }

    @Test
    void eachUserGetsTheirOwnCopy() throws Exception {
        MockHttpSession viewer = login(c.viewer().getUsername());
        String agencyPage = planPage(agency);
        String viewerPage = planPage(viewer);

        assertThat(agencyPage).contains(c.standingAgency().fullName()).doesNotContain(c.viewer().fullName());
        assertThat(viewerPage).contains(c.viewer().fullName()).doesNotContain(c.standingAgency().fullName());
    }

    @Test
    void everyAnswerCarriesItsOwnTokenAndTheKeptPagesTokenIsAccepted() throws Exception {
        String first = planPage(agency);
        retitle("Đổi ngoài ứng dụng");
        String kept = planPage(agency);

        assertThat(kept).contains("Kế hoạch lúc đầu").doesNotContain(CachedPage.TOKEN_MARK);
        assertThat(token(kept)).isNotEqualTo(token(first));
        String second = token(kept);
        mvc.perform(post("/plans").session(agency).param("_csrf", second).param("kind", "ANNUAL")
                .param("title", "Kế hoạch gửi bằng mã của trang đã lưu").param("periodCode", "2026")
                .param("reportingCadence", "QUARTER")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aFlashMessageShowsOnceAndIsNeverKept() throws Exception {
        MockHttpSession chairman = login(c.leader().getUsername());
        planPage(chairman);
        mvc.perform(post("/plans/" + plan + "/status").session(chairman).with(csrf()).param("status", "DRAFT"))
                .andExpect(redirectedUrl("/plans/" + plan));

        assertThat(planPage(chairman)).contains("Đã cập nhật trạng thái kế hoạch.");
        assertThat(planPage(chairman)).doesNotContain("Đã cập nhật trạng thái kế hoạch.");
    }

    @Test
    void eachLanguageHasItsOwnCopy() throws Exception {
        retitle("Sau khi đổi ngôn ngữ");
        String english = mvc.perform(get("/plans/" + plan).session(agency).cookie(new Cookie("cchc-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(english).contains("Sau khi đổi ngôn ngữ").contains("lang=\"en\"");
        assertThat(planPage(agency)).contains("Kế hoạch lúc đầu");
    }

    private String planPage(MockHttpSession session) throws Exception {
        return mvc.perform(get("/plans/" + plan).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void retitle(String title) {
        jdbc.sql("update plan set title = ? where id = ?").params(title, plan).update();
    }

    private MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                .param("password", Fixture.PASSWORD)).andExpect(redirectedUrl("/"));
        return session;
    }

    private static String token(String page) {
        Matcher m = META_TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
