package vn.cchc.org.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/**
 * Just-in-time users, when a province turns provisioning on: created from the claims within the role mapping and the
 * provisioning roles, in the claimed commune and unit of the provider's province; admin roles never. Also the
 * provider out of reach: a refusal with its own message, not a failed start.
 */
@IntegrationTest
class ProvisioningTest {

    private static final String ISSUER = "https://sso.example/realms/tinh";

    @Autowired JdbcClient jdbc;
    @Autowired Fixture fixture;

    @Test
    void aNewUnitStaffMemberIsCreatedInTheClaimedCommuneAndUnitWithoutAPassword() {
        Fixture.Commune c = fixture.commune();
        SsoAccounts accounts = accounts(c.provinceCode(), Map.of());

        CurrentUser created = accounts.signIn(ISSUER, "kc-moi-" + c.tag(), Map.of("preferred_username", "moi." + c.tag(),
                "name", "Nguyễn Văn Mới", "email", "moi@xa.gov.vn", "cchc_commune", c.code(), "cchc_unit", "vp",
                "cchc_role", "UNIT_STAFF"));

        assertThat(created.role()).isEqualTo(Role.UNIT_STAFF);
        assertThat(created.communeId()).isEqualTo(c.id());
        assertThat(created.unitId()).isEqualTo(c.officeUnit());
        assertThat(created.fullName()).isEqualTo("Nguyễn Văn Mới");
        assertThat(jdbc.sql("select password_hash from app_user where id = ?").param(created.id())
                .query(String.class).single()).isEqualTo("sso-only");
        // the second sign-in finds the same user by the identity
        assertThat(accounts.signIn(ISSUER, "kc-moi-" + c.tag(), Map.of()).id()).isEqualTo(created.id());
    }

    @Test
    void theAdminRoleIsNeverCreatedFromClaimsByDefault() {
        Fixture.Commune c = fixture.commune();
        SsoAccounts accounts = accounts(c.provinceCode(), Map.of());

        assertThatThrownBy(() -> accounts.signIn(ISSUER, "kc-qt-" + c.tag(), Map.of("preferred_username",
                "qt." + c.tag(), "cchc_commune", c.code(), "cchc_role", "COMMUNE_ADMIN")))
                .hasMessage("sso.refused:notProvisioned");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param("qt." + c.tag())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aProvinceRoleNeedsAnExplicitMappingAndProvisioningRoleAndThenMapsGroupsToIt() {
        Fixture.Commune c = fixture.commune();
        Map<String, Object> appraiser = Map.of("preferred_username", "snv." + c.tag(),
                "cchc_role", List.of("/cchc/tham-dinh", "default-roles-tinh"), "cchc_province", c.provinceCode());

        assertThatThrownBy(() -> accounts(c.provinceCode(), Map.of()).signIn(ISSUER, "kc-snv-" + c.tag(), appraiser))
                .hasMessage("sso.refused:unknownRole");

        Map<String, Role> mapped = Map.of("/cchc/tham-dinh", Role.PROVINCE_APPRAISER);
        assertThatThrownBy(() -> accounts(c.provinceCode(), mapped).signIn(ISSUER, "kc-snv-" + c.tag(), appraiser))
                .hasMessage("sso.refused:notProvisioned");
        CurrentUser created = new SsoAccounts(new SsoUsers(jdbc), new SsoSettings(ISSUER, "cchc-xa", "bi-mat", null,
                c.provinceCode(), null, mapped, true, Set.of(Role.PROVINCE_APPRAISER)))
                .signIn(ISSUER, "kc-snv-" + c.tag(), appraiser);
        assertThat(created.role()).isEqualTo(Role.PROVINCE_APPRAISER);
        assertThat(created.communeId()).isNull();
        assertThat(created.provinceId()).isEqualTo(c.provinceId());
    }

    @Test
    void aUnitRoleWithoutAKnownUnitOfTheCommuneIsRefused() {
        Fixture.Commune c = fixture.commune();
        Fixture.Commune other = fixture.communeBeside(c);
        SsoAccounts accounts = accounts(c.provinceCode(), Map.of());

        assertThatThrownBy(() -> accounts.signIn(ISSUER, "kc-dv-" + c.tag(), Map.of("preferred_username",
                "dv." + c.tag(), "cchc_commune", c.code(), "cchc_role", "UNIT_HEAD")))
                .hasMessage("sso.refused:unknownUnit");
        // another commune's unit id names no unit of this one
        assertThatThrownBy(() -> accounts.signIn(ISSUER, "kc-dv-" + c.tag(), Map.of("preferred_username",
                "dv." + c.tag(), "cchc_commune", c.code(), "cchc_unit", String.valueOf(other.officeUnit()),
                "cchc_role", "UNIT_HEAD"))).hasMessage("sso.refused:unknownUnit");
    }

    @Test
    void aProviderOutOfReachIsAnswerableAndTriedAgainLater() {
        ProvinceRegistration registration = new ProvinceRegistration(settings("http://127.0.0.1:9/realms/tinh", "Z9",
                Map.of(), true));

        assertThatThrownBy(() -> registration.findByRegistrationId(SsoSettings.REGISTRATION))
                .isInstanceOf(ProvinceRegistration.Unavailable.class);
        assertThat(registration.endSessionEndpoint()).isEmpty();
        assertThat(registration.findByRegistrationId("khac")).isNull();
    }

    private SsoAccounts accounts(String provinceCode, Map<String, Role> roles) {
        return new SsoAccounts(new SsoUsers(jdbc), settings(ISSUER, provinceCode, roles, true));
    }

    private static SsoSettings settings(String issuer, String provinceCode, Map<String, Role> roles, boolean provisioning) {
        return new SsoSettings(issuer, "cchc-xa", "bi-mat", null, provinceCode, null, roles, provisioning, Set.of());
    }
}
