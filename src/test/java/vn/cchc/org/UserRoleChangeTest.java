package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
 * The commune admin gives a user of their commune another role and unit, checked like a new user's; the user's open
 * sessions end and the next login has the new rights; other communes' users, other roles and the admin's own role
 * are out of reach.
 */
@IntegrationTest
class UserRoleChangeTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.commune();
    }

    @Test
    void aStaffMemberMadeStandingAgencyOfAnotherUnitShowsSoInTheListAndGetsThePlanEditorsPageAtTheNextLogin()
            throws Exception {
        MockHttpSession before = login(c.unitStaff().getUsername());
        mvc.perform(get("/plans/new").session(before)).andExpect(status().isForbidden());

        mvc.perform(get("/org/users/" + c.unitStaff().id() + "/edit").with(user(c.admin())))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("<option value=\"UNIT_STAFF\" selected=\"selected\">")
                        .contains("<option value=\"" + c.officeUnit() + "\" selected=\"selected\">"));
        mvc.perform(change(c.unitStaff().id(), "STANDING_AGENCY", c.cultureUnit()).with(user(c.admin())))
                .andExpect(redirectedUrl("/org/users"));

        assertThat(roleAndUnit(c.unitStaff().id())).isEqualTo("STANDING_AGENCY/" + c.cultureUnit());
        mvc.perform(get("/org/users").with(user(c.admin()))).andExpect(r -> assertThat(r.getResponse()
                .getContentAsString()).containsPattern(">" + c.tag() + "\\.vp</td>\\s*<td>[^<]*</td>\\s*"
                + "<td class=\"small\">Cơ quan thường trực CCHC</td>\\s*<td class=\"small\">Phòng Văn hóa – Xã hội</td>"));
        mvc.perform(get("/plans").session(before)).andExpect(redirectedUrl("/login?ended"));
        MockHttpSession after = login(c.unitStaff().getUsername());
        mvc.perform(get("/plans/new").session(after)).andExpect(status().isOk());
    }

    @Test
    void anotherCommunesUserIsNotFoundAndStaysAsItWas() throws Exception {
        Fixture.Commune other = fixture.commune();
        String was = roleAndUnit(other.unitStaff().id());
        mvc.perform(get("/org/users/" + other.unitStaff().id() + "/edit").with(user(c.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(change(other.unitStaff().id(), "COMMUNE_ADMIN", null).with(user(c.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(change(other.unitStaff().id(), "UNIT_HEAD", c.officeUnit()).with(user(c.admin())))
                .andExpect(status().isNotFound());
        assertThat(roleAndUnit(other.unitStaff().id())).isEqualTo(was);
    }

    @Test
    void noOneButTheCommuneAdminMayChangeARoleAndNothingChanges() throws Exception {
        String was = roleAndUnit(c.unitStaff().id());
        for (CurrentUser other : List.of(c.viewer(), c.unitStaff(), c.unitHead(), c.standingAgency(), c.leader())) {
            mvc.perform(get("/org/users/" + c.unitStaff().id() + "/edit").with(user(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(change(c.unitStaff().id(), "COMMUNE_ADMIN", null).with(user(other)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(change(c.unitStaff().id(), "COMMUNE_ADMIN", null).with(user(c.provinceAdmin())))
                .andExpect(status().isNotFound());
        assertThat(roleAndUnit(c.unitStaff().id())).isEqualTo(was);
    }

    @Test
    void aUnitBoundRoleWithoutAUnitAnotherCommunesUnitOrAProvinceRoleIsRefusedBesideItsFieldKeepingTheChoice()
            throws Exception {
        Fixture.Commune other = fixture.commune();
        String was = roleAndUnit(c.unitStaff().id());
        long stamp = stamp(c.unitStaff().id());
        assertThat(refused(change(c.unitStaff().id(), "UNIT_HEAD", null)))
                .contains("<div class=\"invalid-feedback\">Vai trò này cần chọn đơn vị.</div>")
                .contains("<option value=\"UNIT_HEAD\" selected=\"selected\">");
        assertThat(refused(change(c.unitStaff().id(), "UNIT_STAFF", other.cultureUnit())))
                .contains("<div class=\"invalid-feedback\">Đơn vị không thuộc xã, phường này.</div>")
                .contains("<option value=\"UNIT_STAFF\" selected=\"selected\">");
        assertThat(refused(change(c.unitStaff().id(), "PROVINCE_ADMIN", c.officeUnit())))
                .contains("<div class=\"invalid-feedback\">Chọn một vai trò của xã, phường.</div>")
                .contains("<option value=\"" + c.officeUnit() + "\" selected=\"selected\">");
        assertThat(roleAndUnit(c.unitStaff().id())).isEqualTo(was);
        assertThat(stamp(c.unitStaff().id())).isEqualTo(stamp);
    }

    @Test
    void theAdminCannotDemoteThemselfAndIsNotOfferedTo() throws Exception {
        assertThat(refused(change(c.admin().id(), "VIEWER", null)))
                .contains("<div class=\"invalid-feedback\">Không thể tự đổi vai trò, đơn vị của mình "
                        + "(xã, phường có thể mất người quản trị); nhờ quản trị khác đổi.</div>");
        assertThat(roleAndUnit(c.admin().id())).isEqualTo("COMMUNE_ADMIN/null");
        mvc.perform(get("/org/users").with(user(c.admin()))).andExpect(r -> assertThat(r.getResponse()
                .getContentAsString()).contains("/org/users/" + c.unitStaff().id() + "/edit")
                .doesNotContain("/org/users/" + c.admin().id() + "/edit"));
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(c.admin()))).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder change(long userId, String role, Long unitId) {
        return post("/org/users/" + userId).with(csrf()).param("role", role)
                .param("unitId", unitId == null ? "" : unitId.toString());
    }

    private String roleAndUnit(long userId) {
        return jdbc.sql("select role || '/' || coalesce(unit_id::text, 'null') from app_user where id = ?")
                .param(userId).query(String.class).single();
    }

    private long stamp(long userId) {
        return jdbc.sql("select security_stamp from app_user where id = ?").param(userId).query(Long.class).single();
    }

    private MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                .param("password", Fixture.PASSWORD)).andExpect(redirectedUrl("/"));
        return session;
    }
}
