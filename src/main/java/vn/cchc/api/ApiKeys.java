package vn.cchc.api;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.Sha256;

/**
 * Creates, lists, revokes and checks API keys. A key is {@code cchc_<prefix>_<secret>}: 8 random characters anyone
 * may see in the list, then 256 random bits. Only the SHA-256 of the whole key is stored (a fast hash is enough for a
 * secret with this much entropy: nobody can guess it, unlike a password), so the key is shown once, at creation.
 */
@Service
public class ApiKeys {

    static final String START = "cchc_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final char[] PREFIX_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final ApiKeyRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(ApiKeyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A new key: {@code key} is the only time the secret exists outside the client. */
    public record Created(long id, String prefix, String key) {
    }

    @Transactional
    Created create(CurrentUser admin, String name, Set<ApiScope> scopes) {
        long communeId = requireAdmin(admin);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw InvalidInput.of("name", "api.key.name.invalid");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw InvalidInput.of("scopes", "api.key.scopes.none");
        }
        StringBuilder prefix = new StringBuilder(START);
        for (int i = 0; i < 8; i++) {
            prefix.append(PREFIX_CHARS[random.nextInt(PREFIX_CHARS.length)]);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = repository.insert(communeId, trimmed, prefix.toString(), hash(key), ApiScope.format(scopes),
                admin.id(), clock.instant());
        return new Created(id, prefix.toString(), key);
    }

    List<ApiKey> list(CurrentUser admin) {
        return repository.ofCommune(requireAdmin(admin));
    }

    @Transactional
    void revoke(CurrentUser admin, long id) {
        if (!repository.revoke(requireAdmin(admin), id, admin.id(), clock.instant())) {
            throw new NotFoundException("api key", id);
        }
    }

    /**
     * The client a presented key speaks for, recording its use from this address; empty for an unknown, malformed or
     * revoked key. The last use is written at most once a minute per key and address, not on every request.
     */
    Optional<ApiClient> authenticate(String presented, String address) {
        if (presented == null || !presented.startsWith(START) || presented.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiKey> row = repository.bySecretHash(hash(presented)).filter(ApiKey::active);
        row.ifPresent(r -> {
            Instant now = clock.instant();
            if (r.lastUsedAt() == null || !address.equals(r.lastUsedFrom())
                    || r.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
                repository.touch(r.communeId(), r.id(), now, address);
            }
        });
        return row.map(r -> new ApiClient(r.id(), r.communeId(), r.prefix(), ApiScope.parse(r.scopes()), r.createdBy()));
    }

    static String hash(String key) {
        return Sha256.hex(key.getBytes(StandardCharsets.UTF_8));
    }

    private static long requireAdmin(CurrentUser user) {
        if (user.role() != Role.COMMUNE_ADMIN) {
            throw new AccessDeniedException("api keys");
        }
        return user.requireCommune();
    }
}
