package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/**
 * The user list (with everyone's e-mail) and its forms are the commune admin's; every user sees their own account;
 * pages offer only what the role may do; the add-user form makes the admin choose a role and keeps what was typed.
 */
@IntegrationTest
class UserAdministrationAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.commune();
        jdbc.sql("update app_user set email = ? where id = ?").params(c.tag() + ".vp@xa.gov.vn", c.unitStaff().id()).update();
    }

    @Test
    void onlyTheCommuneAdminOpensTheUserListOrUsesItsForms() throws Exception {
        for (CurrentUser other : List.of(c.viewer(), c.unitStaff(), c.unitHead(), c.standingAgency(), c.leader())) {
            mvc.perform(get("/org/users").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(post("/org/users").with(user(other)).with(csrf()).param("username", c.tag() + ".lau")
                    .param("fullName", "Người lạ").param("role", "COMMUNE_ADMIN").param("password", "matkhau-lau-1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/org/users/" + c.unitHead().id() + "/password").with(user(other)).with(csrf())
                    .param("password", "chiem-quyen-123")).andExpect(status().isForbidden());
            mvc.perform(post("/org/users/" + c.unitHead().id() + "/email").with(user(other)).with(csrf())
                    .param("email", "ke-gian@example.com")).andExpect(status().isForbidden());
            mvc.perform(post("/org/users/" + c.unitHead().id() + "/enabled").with(user(other)).with(csrf())
                    .param("enabled", "false")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(c.tag() + ".lau")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select enabled and email is null from app_user where id = ?").param(c.unitHead().id())
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/org/users").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(c.tag() + ".vp@xa.gov.vn")));
        mvc.perform(get("/org/users").with(user(c.provinceAdmin()))).andExpect(status().isNotFound());
    }

    @Test
    void everyUserSeesTheirOwnAccountAndOnlyTheAdminIsOfferedTheUserList() throws Exception {
        mvc.perform(get("/account").with(user(c.unitStaff()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Người dùng " + c.tag() + ".vp")))
                .andExpect(content().string(containsString(">" + c.tag() + ".vp<")))
                .andExpect(content().string(containsString("Cán bộ, công chức")))
                .andExpect(content().string(containsString("Văn phòng HĐND và UBND")))
                .andExpect(content().string(containsString(c.tag() + ".vp@xa.gov.vn")))
                .andExpect(content().string(containsString("href=\"/account\"")))
                .andExpect(content().string(not(containsString("href=\"/org/users\""))));
        mvc.perform(get("/account").with(user(c.viewer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Người xem")))
                .andExpect(content().string(containsString("Chưa có (không nhận nhắc việc qua thư)")))
                .andExpect(content().string(not(containsString(c.tag() + ".vp@xa.gov.vn"))));
        mvc.perform(get("/account").with(user(c.provinceAdmin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quản trị tỉnh")));
        mvc.perform(get("/account").with(user(c.admin())))
                .andExpect(content().string(containsString("href=\"/org/users\"")));
    }

    @Test
    void theUnitsPageOffersChangesOnlyToTheAdmin() throws Exception {
        mvc.perform(get("/org/units").with(user(c.leader()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng Văn hóa – Xã hội")))
                .andExpect(content().string(not(containsString("action=\"/org/units\""))))
                .andExpect(content().string(not(containsString("/standing-agency"))))
                .andExpect(content().string(not(containsString("/edit\""))));
        mvc.perform(get("/org/units/" + c.officeUnit() + "/edit").with(user(c.leader()))).andExpect(status().isForbidden());
        mvc.perform(get("/org/units").with(user(c.admin())))
                .andExpect(content().string(containsString("action=\"/org/units\"")))
                .andExpect(content().string(containsString("/org/units/" + c.officeUnit() + "/edit")));
    }

    @Test
    void theAddUserFormPreselectsNoRoleAndAnEmptyRoleIsRefusedBesideTheField() throws Exception {
        mvc.perform(get("/org/users").with(user(c.admin())))
                .andExpect(content().string(matchesPattern(
                        "(?s).*<select[^>]*name=\"role\"[^>]*>\\s*<option value=\"\">— chọn vai trò —</option>.*")))
                .andExpect(content().string(not(matchesPattern("(?s).*<option value=\"[A-Z_]+\" selected.*"))));
        mvc.perform(post("/org/users").with(user(c.admin())).with(csrf()).param("username", c.tag() + ".chua-chon")
                        .param("fullName", "Chưa Chọn Vai Trò").param("role", "").param("password", "matkhau-du-dai"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(matchesPattern(
                        "(?s).*<div class=\"invalid-feedback\">Chọn một vai trò của xã, phường.</div>.*")));
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(c.tag() + ".chua-chon")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRefusedNewUserComesBackWithEverythingTypedExceptThePassword() throws Exception {
        String body = mvc.perform(post("/org/users").with(user(c.admin())).with(csrf()).param("username", c.tag() + ".moi")
                        .param("fullName", "Trần Văn Mới").param("role", "UNIT_STAFF")
                        .param("unitId", String.valueOf(c.centreUnit())).param("email", "tvmoi@xa.gov.vn")
                        .param("password", "ngan7"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("value=\"" + c.tag() + ".moi\"", "value=\"Trần Văn Mới\"", "value=\"tvmoi@xa.gov.vn\"")
                .containsPattern("<option value=\"UNIT_STAFF\" selected=\"selected\">")
                .containsPattern("<option value=\"" + c.centreUnit() + "\" selected=\"selected\">")
                .contains("<div class=\"invalid-feedback\">Mật khẩu tối thiểu 8 ký tự.</div>")
                .doesNotContain("ngan7");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(c.tag() + ".moi")
                .query(Integer.class).single()).isZero();
    }
}
