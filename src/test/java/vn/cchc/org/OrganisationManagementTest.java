package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** The commune admin manages units and users; the province admin manages communes. */
@IntegrationTest
class OrganisationManagementTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.communeInOwnProvince();
    }

    @Test
    void adminAddsAUnitAndMovesTheStandingAgencyRoleToIt() throws Exception {
        mvc.perform(post("/org/units").with(user(c.admin())).with(csrf())
                        .param("name", "Phòng Kinh tế").param("shortName", "KT").param("kind", "ECONOMIC"))
                .andExpect(status().is3xxRedirection());
        long unit = jdbc.sql("select id from org_unit where commune_id = ? and short_name = 'KT'").param(c.id())
                .query(Long.class).single();
        mvc.perform(post("/org/units/" + unit + "/standing-agency").with(user(c.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select id from org_unit where commune_id = ? and standing_agency").param(c.id())
                .query(Long.class).list()).containsExactly(unit);
        mvc.perform(post("/org/units").with(user(c.admin())).with(csrf())
                        .param("name", "phòng kinh tế").param("shortName", "KT2").param("kind", "ECONOMIC"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Đã có đơn vị tên “phòng kinh tế”.")));
        mvc.perform(post("/org/units").with(user(c.standingAgency())).with(csrf())
                        .param("name", "Khác").param("shortName", "K").param("kind", "OTHER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminAddsAUserWhoCanThenLogIn() throws Exception {
        String username = c.tag() + ".moi";
        mvc.perform(post("/org/users").with(user(c.admin())).with(csrf()).param("username", username)
                        .param("fullName", "Nguyễn Thị Mới").param("role", "UNIT_STAFF")
                        .param("unitId", String.valueOf(c.officeUnit())).param("password", "matkhau-moi"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "matkhau-moi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
        mvc.perform(get("/org/users").with(user(c.admin()))).andExpect(content().string(containsString("Nguyễn Thị Mới")));
    }

    @Test
    void adminResetsAPasswordOnlyInTheirOwnCommune() throws Exception {
        mvc.perform(post("/org/users/" + c.unitStaff().id() + "/password").with(user(c.admin())).with(csrf())
                        .param("password", "mat-khau-moi-2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).param("username", c.unitStaff().getUsername())
                        .param("password", "mat-khau-moi-2026"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
        mvc.perform(post("/org/users/" + c.unitStaff().id() + "/password").with(user(c.admin())).with(csrf())
                        .param("password", "ngan"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Mật khẩu tối thiểu 8 ký tự.")));
        Fixture.Commune other = fixture.commune();
        mvc.perform(post("/org/users/" + other.unitStaff().id() + "/password").with(user(c.admin())).with(csrf())
                        .param("password", "chiem-quyen-123"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/login").with(csrf()).param("username", other.unitStaff().getUsername())
                        .param("password", Fixture.PASSWORD))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
    }

    @Test
    void badUserInputIsExplained() throws Exception {
        mvc.perform(post("/org/users").with(user(c.admin())).with(csrf()).param("username", "a b")
                        .param("fullName", "").param("role", "UNIT_HEAD").param("password", "123"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Tên đăng nhập dài 3–60 ký tự")))
                .andExpect(content().string(containsString("Vai trò này cần chọn đơn vị.")))
                .andExpect(content().string(containsString("Mật khẩu tối thiểu 8 ký tự.")));
        mvc.perform(post("/org/users").with(user(c.admin())).with(csrf()).param("username", c.tag() + ".x")
                        .param("fullName", "X").param("role", "PROVINCE_ADMIN").param("password", "12345678"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chọn một vai trò của xã, phường.")));
    }

    @Test
    void provinceAdminAddsAndClosesACommune() throws Exception {
        String code = String.format("%05d", 90000 + (int) (c.id() % 9000));
        mvc.perform(post("/org/communes").with(user(c.provinceAdmin())).with(csrf()).param("code", code)
                        .param("name", "Xã Mới Sáp Nhập").param("kind", "XA").param("validFrom", "01/07/2025"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from commune where code = ?").param(code).query(Long.class).single();
        mvc.perform(get("/org/communes/" + id + "/edit").with(user(c.provinceAdmin()))).andExpect(status().isOk());
        mvc.perform(post("/org/communes/" + id).with(user(c.provinceAdmin())).with(csrf()).param("code", code)
                        .param("name", "Xã Mới Sáp Nhập").param("kind", "XA").param("validFrom", "01/07/2025")
                        .param("validTo", "30/06/2025"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Ngày kết thúc phải sau ngày bắt đầu.")));
        mvc.perform(post("/org/communes/" + id).with(user(c.provinceAdmin())).with(csrf()).param("code", code)
                        .param("name", "Xã Mới Sáp Nhập").param("kind", "XA").param("validFrom", "01/07/2025")
                        .param("validTo", "31/12/2030"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select valid_to from commune where id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2030, 12, 31));
        mvc.perform(post("/org/communes").with(user(c.provinceAdmin())).with(csrf()).param("code", "12")
                        .param("name", "Sai mã").param("kind", "XA"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Mã đơn vị hành chính cấp xã gồm 5 chữ số.")));
        // A commune admin cannot edit communes; another province's admin cannot see this one.
        mvc.perform(get("/org/communes/" + id + "/edit").with(user(c.admin()))).andExpect(status().isForbidden());
        mvc.perform(get("/org/communes/" + id + "/edit").with(user(fixture.communeInOwnProvince().provinceAdmin())))
                .andExpect(status().isNotFound());
    }
}
