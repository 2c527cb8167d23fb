package vn.cchc.org.sso;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.cchc.org.Role;

/**
 * Single sign-on through the province's OpenID Connect provider (docs/sso.md). Off while {@code issuerUri} is blank.
 *
 * @param issuerUri         the provider's issuer, e.g. https://sso.khanhhoa.gov.vn/realms/cchc (discovery is read
 *                          from it on the first sign-in, so the app starts even while the provider is down)
 * @param provinceCode      the province this provider speaks for: users and communes of another province are refused
 * @param claims            which claims carry the username, commune, unit, role, province, name and e-mail
 * @param roles             role claim value (or group) → the app's role; only these values are accepted. Empty: the
 *                          commune roles' own names (VIEWER, UNIT_STAFF…); province roles only when listed here
 * @param provisioning      create a user who does not exist yet from the claims (just-in-time); off by default
 * @param provisioningRoles the roles such a new user may get; admin roles are never created from claims by default
 */
@ConfigurationProperties("cchc.sso")
public record SsoSettings(String issuerUri, String clientId, String clientSecret, List<String> scopes,
                          String provinceCode, Claims claims, Map<String, Role> roles, boolean provisioning,
                          Set<Role> provisioningRoles) {

    /** The one registration: its login starts at /oauth2/authorization/tinh and returns to /login/oauth2/code/tinh. */
    public static final String REGISTRATION = "tinh";

    public SsoSettings {
        issuerUri = issuerUri == null ? "" : issuerUri.strip();
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        claims = claims == null ? new Claims(null, null, null, null, null, null, null) : claims;
        roles = roles == null || roles.isEmpty() ? communeRolesByName() : Map.copyOf(roles);
        provisioningRoles = provisioningRoles == null || provisioningRoles.isEmpty()
                ? Set.of(Role.LEADER, Role.STANDING_AGENCY, Role.UNIT_HEAD, Role.UNIT_STAFF, Role.VIEWER)
                : Set.copyOf(provisioningRoles);
    }

    public boolean enabled() {
        return !issuerUri.isBlank();
    }

    private static Map<String, Role> communeRolesByName() {
        return Map.of("COMMUNE_ADMIN", Role.COMMUNE_ADMIN, "LEADER", Role.LEADER, "STANDING_AGENCY", Role.STANDING_AGENCY,
                "UNIT_HEAD", Role.UNIT_HEAD, "UNIT_STAFF", Role.UNIT_STAFF, "VIEWER", Role.VIEWER);
    }

    /** Claim names; each blank one takes its default. */
    public record Claims(String username, String commune, String unit, String role, String province, String name,
                         String email) {
        public Claims {
            username = orDefault(username, "preferred_username");
            commune = orDefault(commune, "cchc_commune");
            unit = orDefault(unit, "cchc_unit");
            role = orDefault(role, "cchc_role");
            province = orDefault(province, "cchc_province");
            name = orDefault(name, "name");
            email = orDefault(email, "email");
        }

        private static String orDefault(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value.strip();
        }
    }
}
