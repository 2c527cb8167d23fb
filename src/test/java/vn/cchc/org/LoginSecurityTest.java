package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import vn.cchc.support.Fixture;

/** Form login against BCrypt hashes, the HttpOnly session cookie on a real server, CSRF on every form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @LocalServerPort int port;
    String base;

    @org.junit.jupiter.api.BeforeEach
    void base() {
        base = "http://localhost:" + port;
    }
    @Autowired JdbcClient jdbc;

    @Test
    void passwordsAreStoredAsBcryptAndLoginSucceedsOnlyWithTheRightOne() throws Exception {
        Fixture.Commune c = fixture.commune();
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(c.standingAgency().id())
                .query(String.class).single();
        assertThat(hash).startsWith("$2a$");
        mvc.perform(post("/login").with(csrf()).param("username", c.standingAgency().getUsername())
                .param("password", Fixture.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").with(csrf()).param("username", c.standingAgency().getUsername())
                .param("password", "sai-mat-khau")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void sessionCookieIsHttpOnly() throws Exception {
        Fixture.Commune c = fixture.commune();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String form = "username=" + c.standingAgency().getUsername() + "&password=" + Fixture.PASSWORD + "&_csrf=" + token;
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("JSESSIONID=").contains("HttpOnly");
    }

    @Test
    void formPostsWithoutCsrfTokenAreRejected() throws Exception {
        Fixture.Commune c = fixture.commune();
        mvc.perform(post("/plans").with(user(c.standingAgency())).param("title", "Không có token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void loggedInUserVisitingTheLoginPageGoesHome() throws Exception {
        mvc.perform(get("/login").with(user(fixture.commune().standingAgency()))).andExpect(redirectedUrl("/"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void pagesRedirectToLoginAndApiAnswers401() throws Exception {
        mvc.perform(get("/plans").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/api/v1/periods/2025Q3")).andExpect(status().isUnauthorized());
    }
}
