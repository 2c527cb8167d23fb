package vn.cchc.org.sso;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.org.Role;

/**
 * Reads the configured claims of an ID token (no database): the username, the role through the mapping (a plain
 * value or a list such as Keycloak's groups), the commune, unit and province codes as given.
 */
final class SsoClaims {

    private static final int MAX_USERNAME = 60;

    private final SsoSettings.Claims names;
    private final Map<String, Role> roles;

    SsoClaims(SsoSettings settings) {
        this.names = settings.claims();
        this.roles = settings.roles();
    }

    /** The username as the app knows it; only letters, digits and . _ @ - fit the app's usernames. */
    String username(Map<String, Object> claims) {
        String username = text(claims, names.username()).orElseThrow(SsoRefusal.NO_USERNAME::exception);
        if (username.length() > MAX_USERNAME || !username.matches("[\\p{Alnum}._@-]+")) {
            throw SsoRefusal.NO_USERNAME.exception();
        }
        return username;
    }

    /**
     * The mapped role, empty when the token names none. A value that maps to no role refuses the sign-in, so a
     * misspelt or forged role never passes as "no role"; among a list of groups, those the mapping does not name are
     * other applications' and ignored, but two different mapped roles are refused.
     */
    Optional<Role> role(Map<String, Object> claims) {
        Object value = claims.get(names.role());
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Collection<?> list)) {
            return Optional.of(Optional.ofNullable(roles.get(value.toString().strip()))
                    .orElseThrow(SsoRefusal.UNKNOWN_ROLE::exception));
        }
        Set<Role> mapped = list.stream().filter(Objects::nonNull).map(v -> roles.get(v.toString().strip()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (mapped.size() > 1) {
            throw SsoRefusal.AMBIGUOUS_ROLE.exception();
        }
        if (mapped.isEmpty() && !list.isEmpty()) {
            throw SsoRefusal.UNKNOWN_ROLE.exception();
        }
        return mapped.stream().findFirst();
    }

    Optional<String> commune(Map<String, Object> claims) {
        return text(claims, names.commune());
    }

    Optional<String> unit(Map<String, Object> claims) {
        return text(claims, names.unit());
    }

    Optional<String> province(Map<String, Object> claims) {
        return text(claims, names.province());
    }

    Optional<String> fullName(Map<String, Object> claims) {
        return text(claims, names.name());
    }

    Optional<String> email(Map<String, Object> claims) {
        return text(claims, names.email()).filter(e -> e.length() <= 200 && e.matches(".+@.+"));
    }

    /** A claim as one text: a single-valued list (some mappers send one) counts as its value. */
    private static Optional<String> text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value instanceof List<?> list && list.size() == 1) {
            value = list.get(0);
        }
        return value == null || value instanceof Collection<?> ? Optional.empty()
                : Optional.of(value.toString().strip()).filter(s -> !s.isEmpty());
    }
}
