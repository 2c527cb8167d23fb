package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.support.Fixture;
import org.springframework.web.servlet.ModelAndView;
import vn.cchc.support.IntegrationTest;

/**
 * The public site's shell: open without login and without a session, framed only by the commune's own list of
 * websites, answered 304 while nothing changed, hidden when the commune turns it off, and its settings kept to the
 * commune's admin and standing agency.
 */
@IntegrationTest
class PublicSiteShellTest {

    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.communeInOwnProvince();
    }

    private String home() {
        return "/cong-khai/" + c.code();
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void noSession(MvcResult r) {
        assertThat(r.getRequest().getSession(false)).isNull();
        assertThat(r.getResponse().getHeaders("Set-Cookie")).noneMatch(h -> h.startsWith("JSESSIONID"));
    }

    @Test
    void theHomePageOpensWithoutLoginOrSessionAndOnlyTheSiteItselfMayFrameIt() throws Exception {
        MvcResult r = mvc.perform(get(home())).andExpect(status().isOk()).andReturn();
        noSession(r);
        assertThat(body(r)).contains("<span>UBND</span> <span lang=\"vi\">Phường thử " + c.tag() + "</span>").contains("Tra cứu hồ sơ")
                .doesNotContain("/login").doesNotContain("_csrf");
        MockHttpServletResponse response = r.getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isNull();
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void theAppItselfStillRefusesEveryFrame() throws Exception {
        MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(login.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void anUnchangedPageIsAnswered304AndASavedSettingChangesIt() throws Exception {
        MockHttpServletResponse first = mvc.perform(get(home())).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
        MvcResult again = mvc.perform(get(home()).header("If-None-Match", etag)).andExpect(status().isNotModified()).andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
        // English is another page: another tag
        assertThat(mvc.perform(get(home()).param("lang", "en")).andReturn().getResponse().getHeader("ETag")).isNotEqualTo(etag);

        mvc.perform(post("/public-site").with(user(c.standingAgency())).with(csrf()).param("enabled", "true")
                .param("hotline", "0258 3822 999")).andExpect(status().is3xxRedirection());
        MvcResult changed = mvc.perform(get(home()).header("If-None-Match", etag)).andExpect(status().isOk()).andReturn();
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(body(changed)).contains("0258 3822 999");
    }

    @Test
    void theListedWebsitesMayFrameThePagesAtOnceAfterTheSave() throws Exception {
        mvc.perform(post("/public-site").with(user(c.admin())).with(csrf()).param("enabled", "true")
                .param("frameAncestors", "https://Phuong.Example.gov.vn/\nhttps://*.cong.example.vn"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(home() + "/khong-co-trang")).andReturn().getResponse().getHeader("Content-Security-Policy"))
                .endsWith("frame-ancestors 'self' https://phuong.example.gov.vn https://*.cong.example.vn");
        String page = body(mvc.perform(get("/public-site").with(user(c.admin()))).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("&lt;iframe src=&quot;http://localhost/cong-khai/" + c.code() + "&quot;");
    }

    @Test
    void anOriginThatIsNotPlainIsRefusedOnTheFormAndNothingIsStored() throws Exception {
        String page = body(mvc.perform(post("/public-site").with(user(c.admin())).with(csrf()).param("enabled", "true")
                        .param("frameAncestors", "https://a.vn/trang\n*").param("hotline", "0258"))
                .andExpect(status().is(422)).andReturn());
        assertThat(page).contains("Không phải địa chỉ trang web hợp lệ: https://a.vn/trang, *").contains("https://a.vn/trang\n*");
        mvc.perform(post("/public-site").with(user(c.admin())).with(csrf()).param("enabled", "true")
                .param("onlinePortalUrl", "javascript:alert(1)")).andExpect(status().is(422));
        assertThat(jdbc.sql("select count(*) from public_site where commune_id = ?").param(c.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyTheAdminAndTheStandingAgencyChangeTheSettings() throws Exception {
        for (var who : new vn.cchc.org.CurrentUser[] {c.viewer(), c.leader(), c.unitHead(), c.unitStaff()}) {
            mvc.perform(get("/public-site").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(post("/public-site").with(user(who)).with(csrf()).param("enabled", "false"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/public-site").with(user(c.provinceAdmin())).with(csrf()).param("enabled", "false"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get(home())).andExpect(status().isOk());
    }

    @Test
    void aSiteTurnedOffIsGoneFromTheIndexAndItsPagesAnswer404() throws Exception {
        Fixture.Commune other = fixture.communeBeside(c);
        String province = "/cong-khai/tinh/" + c.provinceCode();
        assertThat(body(mvc.perform(get(province)).andExpect(status().isOk()).andReturn()))
                .contains("Phường thử " + c.tag()).contains("Phường thử " + other.tag());
        mvc.perform(post("/public-site").with(user(c.admin())).with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(mvc.perform(get(province)).andReturn())).doesNotContain("Phường thử " + c.tag() + "<")
                .contains("Phường thử " + other.tag());
        MvcResult gone = mvc.perform(get(home())).andExpect(status().isNotFound()).andReturn();
        assertThat(body(gone)).contains("Không tìm thấy trang này.");
        noSession(gone);
    }

    @Test
    void anyOtherPublicAddressIsThePublicNotFoundPageWithoutASession() throws Exception {
        for (String path : new String[] {"/cong-khai/99999", "/cong-khai/tinh/99", "/cong-khai/abc",
                home() + "/khong-co/trang/nay", "/cong-khai/" + "1".repeat(300)}) {
            MvcResult r = mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn();
            assertThat(body(r)).as(path).contains("Không tìm thấy trang này.").doesNotContain("navbar");
            noSession(r);
        }
        MvcResult posted = mvc.perform(post(home() + "/khong-co")).andExpect(status().isNotFound()).andReturn();
        noSession(posted);
    }

    @Test
    void theLanguageSwitchKeepsThePageAndNeedsNoSession() throws Exception {
        MvcResult r = mvc.perform(get(home()).param("lang", "en")).andExpect(status().isOk()).andReturn();
        assertThat(body(r)).contains("Administrative procedures, made public")
                .contains("href=\"/cong-khai/" + c.code() + "?lang=vi\"");
        noSession(r);
    }

    @Test
    void otherMethodsAre405WithoutASession() throws Exception {
        for (var request : List.of(put(home()), delete(home() + "/tra-cuu"), patch("/cong-khai"))) {
            MvcResult r = mvc.perform(request).andExpect(status().isMethodNotAllowed()).andReturn();
            assertThat(r.getResponse().getHeader("Allow")).isEqualTo("GET, HEAD, POST");
            noSession(r);
        }
    }

    @Test
    void aMalformedParameterIsThePublicMessageNotTheAppsErrorPage() throws Exception {
        MvcResult r = mvc.perform(get(home() + "/hoi-dap").param("trang", "hai")).andExpect(status().isBadRequest()).andReturn();
        assertThat(body(r)).contains("Địa chỉ hoặc dữ liệu gửi lên không hợp lệ.").doesNotContain("navbar");
        assertThat(r.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        noSession(r);
    }

    @Test
    void anErrorThatReachesTheContainerFromAPublicAddressUsesThePublicPage() {
        PublicErrorPages pages = new PublicErrorPages();
        MockHttpServletRequest fromPublic = new MockHttpServletRequest();
        fromPublic.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, home() + "/tra-cuu");
        ModelAndView page = pages.resolveErrorView(fromPublic, HttpStatus.INTERNAL_SERVER_ERROR, Map.of());
        assertThat(page.getViewName()).isEqualTo("transparency/message");
        assertThat(page.getModel()).containsEntry("messageKey", "public.unavailable");
        assertThat(pages.resolveErrorView(fromPublic, HttpStatus.NOT_FOUND, Map.of()).getModel())
                .containsEntry("messageKey", "public.notFound");
        MockHttpServletRequest fromApp = new MockHttpServletRequest();
        fromApp.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/plans/1");
        assertThat(pages.resolveErrorView(fromApp, HttpStatus.NOT_FOUND, Map.of())).isNull();
    }
}
