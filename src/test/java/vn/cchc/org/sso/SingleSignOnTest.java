package vn.cchc.org.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/**
 * The real authorization code flow against an OIDC provider in the test JVM: the login page's button, the redirect
 * to the provider, the callback, the ID token checked against the provider's keys, the claims mapped to the app's
 * user. Province "Z9" is the provider's; two communes lie in it, a third in another province.
 */
@IntegrationTest
@RecordApplicationEvents
class SingleSignOnTest {

    static final String PROVINCE = "Z9";
    static final OidcProviderStub provider = OidcProviderStub.start("cchc-xa", "bi-mat-cua-xa");
    static Fixture.Commune home;
    static Fixture.Commune neighbour;
    static Fixture.Commune elsewhere;
    static long homePlan;
    static long neighbourPlan;

    @DynamicPropertySource
    static void sso(DynamicPropertyRegistry settings) {
        settings.add("cchc.sso.issuer-uri", provider::issuer);
        settings.add("cchc.sso.client-id", () -> "cchc-xa");
        settings.add("cchc.sso.client-secret", () -> "bi-mat-cua-xa");
        settings.add("cchc.sso.province-code", () -> PROVINCE);
    }

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void communes() {
        synchronized (SingleSignOnTest.class) {
            if (home == null) {
                home = fixture.communeInOwnProvince();
                jdbc.sql("update province set code = ? where id = ?").params(PROVINCE, home.provinceId()).update();
                neighbour = fixture.communeBeside(home);
                elsewhere = fixture.commune();
                homePlan = plans.issuedPlan(home.standingAgency(), "2025", PeriodType.QUARTER);
                neighbourPlan = plans.issuedPlan(neighbour.standingAgency(), "2025", PeriodType.QUARTER);
            }
        }
    }

    @Test
    void theLoginPageOffersTheProvinceAccountAndThePasswordForm() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/tinh\"")))
                .andExpect(content().string(containsString("Đăng nhập bằng tài khoản một cửa của tỉnh")))
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(header().string("Content-Security-Policy", containsString(
                        "form-action 'self' " + provider.issuer().replace("/realms/tinh", ""))));
    }

    @Test
    void aCommuneUserSignsInThroughTheProviderAndWorksOnTheirOwnCommuneOnly() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/plans").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("http://localhost/login"));

        String landed = signIn(session, claims("kc-" + home.tag() + "-vp", home.unitStaff().getUsername(), home.code(), "UNIT_STAFF"));

        assertThat(landed).isEqualTo("/");
        CurrentUser me = signedIn(session);
        assertThat(me.id()).isEqualTo(home.unitStaff().id());
        assertThat(me.communeId()).isEqualTo(home.id());
        assertThat(me.getPassword()).isNull();
        mvc.perform(get("/plans/" + homePlan).session(session)).andExpect(status().isOk());
        mvc.perform(get("/plans/" + neighbourPlan).session(session)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select oidc_issuer || ' ' || oidc_subject from app_user where id = ?")
                .param(me.id()).query(String.class).single()).isEqualTo(provider.issuer() + " kc-" + home.tag() + "-vp");
        assertThat(events.stream(AuthenticationSuccessEvent.class)
                .map(e -> e.getAuthentication().getName())).contains(home.unitStaff().getUsername());
    }

    @Test
    void theNeighbouringCommunesUserSeesTheirPlanAndNotTheFirstCommunes() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(session, claims("kc-" + neighbour.tag() + "-xem", neighbour.viewer().getUsername(), neighbour.code(), "VIEWER"));

        assertThat(signedIn(session).id()).isEqualTo(neighbour.viewer().id());
        mvc.perform(get("/plans/" + neighbourPlan).session(session)).andExpect(status().isOk());
        mvc.perform(get("/plans/" + homePlan).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aLinkedIdentitySignsInAgainByItsSubjectAndAClaimCannotRaiseTheStoredRole() throws Exception {
        String subject = "kc-" + home.tag() + "-xem";
        signIn(new MockHttpSession(), claims(subject, home.viewer().getUsername(), home.code(), "VIEWER"));
        MockHttpSession again = new MockHttpSession();
        // renamed at the provider and claiming the admin role: still the linked viewer
        signIn(again, claims(subject, "ten.moi", home.code(), "COMMUNE_ADMIN"));

        CurrentUser me = signedIn(again);
        assertThat(me.id()).isEqualTo(home.viewer().id());
        assertThat(me.role()).isEqualTo(vn.cchc.org.Role.VIEWER);
        mvc.perform(get("/org/users").session(again)).andExpect(status().isForbidden());
    }

    @Test
    void aRoleOutsideTheMappingIsRefusedWithItsMessageAndAFailedLoginEvent() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String landed = signIn(session, claims("kc-x1", home.admin().getUsername(), home.code(), "SUPER_ADMIN"));

        assertThat(landed).isEqualTo("/login?sso=unknownRole");
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
        mvc.perform(get(landed)).andExpect(status().isOk()).andExpect(content().string(containsString(
                "Vai trò do hệ thống xác thực của tỉnh gửi không có trong bảng ánh xạ vai trò của hệ thống.")));
        assertThat(events.stream(AuthenticationFailureBadCredentialsEvent.class)).isNotEmpty();
        assertThat(linked(home.admin().id())).isZero();
    }

    @Test
    void aCommuneOfAnotherProvinceIsRefused() throws Exception {
        String landed = signIn(new MockHttpSession(),
                claims("kc-x2", elsewhere.viewer().getUsername(), elsewhere.code(), "VIEWER"));

        assertThat(landed).isEqualTo("/login?sso=otherProvince");
        mvc.perform(get(landed)).andExpect(content().string(containsString("thuộc tỉnh khác")));
        assertThat(linked(elsewhere.viewer().id())).isZero();
    }

    @Test
    void aUserOfAnotherProvinceIsRefusedEvenWithoutACommuneClaim() throws Exception {
        assertThat(signIn(new MockHttpSession(), claims("kc-x3", elsewhere.admin().getUsername(), null, null)))
                .isEqualTo("/login?sso=otherProvince");
    }

    @Test
    void aClaimedCommuneOtherThanTheUsersIsRefused() throws Exception {
        assertThat(signIn(new MockHttpSession(), claims("kc-x4", home.unitHead().getUsername(), neighbour.code(), "UNIT_HEAD")))
                .isEqualTo("/login?sso=mismatch");
    }

    @Test
    void anUnknownUserIsRefusedWhileProvisioningIsOff() throws Exception {
        String landed = signIn(new MockHttpSession(), claims("kc-x5", "nguoi.la." + home.tag(), home.code(), "VIEWER"));

        assertThat(landed).isEqualTo("/login?sso=unknownUser");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param("nguoi.la." + home.tag())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void disablingTheUserEndsTheSessionOpenedThroughTheProvider() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(session, claims("kc-" + neighbour.tag() + "-vp", neighbour.unitStaff().getUsername(), neighbour.code(), null));
        mvc.perform(get("/plans").session(session)).andExpect(status().isOk());

        jdbc.sql("update app_user set enabled = false where id = ?").param(neighbour.unitStaff().id()).update();

        mvc.perform(get("/plans").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(signIn(new MockHttpSession(), claims("kc-" + neighbour.tag() + "-vp", "x", null, null)))
                .isEqualTo("/login?sso=disabled");
    }

    @Test
    void logoutEndsTheLocalSessionAndGoesToTheProvidersLogout() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(session, claims("kc-" + home.tag() + "-chutich", home.leader().getUsername(), home.code(), "LEADER"));

        String target = mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(header().string("Location", startsWith(provider.endSession() + "?id_token_hint=ey")))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(session.isInvalid()).isTrue();
        UriComponents logout = UriComponentsBuilder.fromUriString(target).build();
        assertThat(logout.getQueryParams().getFirst("client_id")).isEqualTo("cchc-xa");
        assertThat(logout.getQueryParams().getFirst("post_logout_redirect_uri"))
                .isEqualTo("http%3A%2F%2Flocalhost%2Flogin%3Flogout");
    }

    @Test
    void aFormLoginStillWorksBesideTheProvider() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", home.admin().getUsername())
                .param("password", Fixture.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    /** The whole flow: the button, the provider's sign-in, the callback; where the app sends the browser last. */
    private String signIn(MockHttpSession session, Map<String, Object> claims) throws Exception {
        provider.nextLogin(claims);
        String toProvider = mvc.perform(get("/oauth2/authorization/tinh").session(session))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(toProvider).startsWith(provider.issuer() + "/protocol/openid-connect/auth?");
        HttpResponse<Void> signedIn = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(toProvider)).build(), HttpResponse.BodyHandlers.discarding());
        UriComponents callback = UriComponentsBuilder.fromUriString(
                signedIn.headers().firstValue("Location").orElseThrow()).build();
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/tinh");
        return mvc.perform(get(callback.getPath()).session(session)
                        .param("code", callback.getQueryParams().getFirst("code"))
                        .param("state", decoded(callback.getQueryParams().getFirst("state"))))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> claims(String subject, String username, String commune, String role) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        claims.put("preferred_username", username);
        if (commune != null) {
            claims.put("cchc_commune", commune);
        }
        if (role != null) {
            claims.put("cchc_role", List.of(role, "offline_access"));
        }
        return claims;
    }

    private static CurrentUser signedIn(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context).as("signed in").isNotNull();
        return (CurrentUser) context.getAuthentication().getPrincipal();
    }

    private int linked(long userId) {
        return jdbc.sql("select count(*) from app_user where id = ? and oidc_subject is not null").param(userId)
                .query(Integer.class).single();
    }
}
