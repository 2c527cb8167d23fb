package vn.cchc.org.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.cchc.org.Role;

/** The settings as an operator writes them: group paths in brackets keep their slashes and case. */
class SsoSettingsBindingTest {

    @Test
    void roleMappingKeysAndClaimNamesBindAsWritten() {
        SsoSettings settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "cchc.sso.issuer-uri", "https://sso.example/realms/cchc",
                "cchc.sso.roles.[/cchc/Tham-Dinh]", "PROVINCE_APPRAISER",
                "cchc.sso.roles.[xem]", "VIEWER",
                "cchc.sso.claims.role", "groups",
                "cchc.sso.provisioning-roles", "VIEWER,UNIT_STAFF")))
                .bind("cchc.sso", SsoSettings.class).get();

        assertThat(settings.roles()).containsExactlyInAnyOrderEntriesOf(
                Map.of("/cchc/Tham-Dinh", Role.PROVINCE_APPRAISER, "xem", Role.VIEWER));
        assertThat(settings.claims().role()).isEqualTo("groups");
        assertThat(settings.claims().commune()).isEqualTo("cchc_commune");
        assertThat(settings.provisioningRoles()).containsExactlyInAnyOrder(Role.VIEWER, Role.UNIT_STAFF);
        assertThat(settings.provisioning()).isFalse();
        assertThat(settings.scopes()).containsExactly("openid", "profile", "email");
    }

    @Test
    void withoutAnIssuerSingleSignOnIsOffAndTheCommuneRolesMapByName() {
        SsoSettings off = new SsoSettings(null, null, null, null, null, null, null, false, null);

        assertThat(off.enabled()).isFalse();
        assertThat(off.roles()).containsEntry("VIEWER", Role.VIEWER).doesNotContainKey("PROVINCE_ADMIN");
    }
}
