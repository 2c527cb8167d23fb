package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/**
 * Sessions opened by a real form login end at their next request once the admin disables their user or resets
 * the password; other users' sessions go on.
 */
@IntegrationTest
class SessionEndingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.commune();
    }

    @Test
    void disablingAUserEndsEveryOpenSessionOfThatUserForReadsAndWrites() throws Exception {
        MockHttpSession office = login(c.standingAgency().getUsername(), Fixture.PASSWORD);
        MockHttpSession home = login(c.standingAgency().getUsername(), Fixture.PASSWORD);
        MockHttpSession colleague = login(c.viewer().getUsername(), Fixture.PASSWORD);
        mvc.perform(get("/plans").session(office)).andExpect(status().isOk());
        mvc.perform(newPlan("Kế hoạch trước khi khóa").session(home)).andExpect(status().is3xxRedirection());
        assertThat(plansTitled("Kế hoạch trước khi khóa")).isEqualTo(1);

        mvc.perform(post("/org/users/" + c.standingAgency().id() + "/enabled").with(user(c.admin())).with(csrf())
                .param("enabled", "false")).andExpect(redirectedUrl("/org/users"));

        mvc.perform(get("/plans").session(office)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(newPlan("Kế hoạch sau khi khóa").session(home)).andExpect(redirectedUrl("/login?ended"));
        assertThat(plansTitled("Kế hoạch sau khi khóa")).isZero();
        assertThat(office.isInvalid()).isTrue();
        assertThat(home.isInvalid()).isTrue();
        mvc.perform(get("/plans").session(colleague)).andExpect(status().isOk());
        mvc.perform(get("/login?ended")).andExpect(content().string(containsString(
                "Phiên đăng nhập đã kết thúc vì tài khoản vừa được thay đổi (khóa, đặt lại mật khẩu hoặc đổi vai trò).")));
    }

    @Test
    void resettingThePasswordEndsTheOpenSessionsAndTheNewPasswordOpensANewOne() throws Exception {
        MockHttpSession page = login(c.standingAgency().getUsername(), Fixture.PASSWORD);
        MockHttpSession writer = login(c.standingAgency().getUsername(), Fixture.PASSWORD);
        MockHttpSession api = login(c.standingAgency().getUsername(), Fixture.PASSWORD);
        MockHttpSession fragment = login(c.standingAgency().getUsername(), Fixture.PASSWORD);
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Quý III").param("year", "2025").session(api))
                .andExpect(status().isOk());

        mvc.perform(post("/org/users/" + c.standingAgency().id() + "/password").with(user(c.admin())).with(csrf())
                .param("password", "mat-khau-moi-2026")).andExpect(redirectedUrl("/org/users"));

        mvc.perform(get("/plans").session(page)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(newPlan("Kế hoạch sau khi đổi mật khẩu").session(writer)).andExpect(redirectedUrl("/login?ended"));
        assertThat(plansTitled("Kế hoạch sau khi đổi mật khẩu")).isZero();
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Quý III").param("year", "2025").session(api))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/plans").session(fragment).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login?ended"));
        MockHttpSession fresh = login(c.standingAgency().getUsername(), "mat-khau-moi-2026");
        mvc.perform(get("/plans").session(fresh)).andExpect(status().isOk());
    }

    private MockHttpSession login(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    private MockHttpServletRequestBuilder newPlan(String title) {
        return post("/plans").with(csrf()).param("kind", "ANNUAL").param("title", title).param("periodCode", "2025")
                .param("reportingCadence", "QUARTER");
    }

    private int plansTitled(String title) {
        return jdbc.sql("select count(*) from plan where commune_id = ? and title = ?").params(c.id(), title)
                .query(Integer.class).single();
    }
}
