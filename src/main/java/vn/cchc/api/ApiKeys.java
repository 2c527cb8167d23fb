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
    /** The validities an admin may choose, in days; no key lives longer than a year (docs/api.md). */
    static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 180, 365);
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
    Created create(CurrentUser admin, String name, Set<ApiScope> scopes, Integer validityDays) {
        long communeId = requireAdmin(admin);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw InvalidInput.of("name", "api.key.name.invalid");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw InvalidInput.of("scopes", "api.key.scopes.none");
        }
        if (validityDays == null || !VALIDITY_DAYS.contains(validityDays)) {
            throw InvalidInput.of("validity", "api.key.validity.invalid");
        }
        StringBuilder prefix = new StringBuilder(START);
        for (int i = 0; i < 8; i++) {
            prefix.append(PREFIX_CHARS[random.nextInt(PREFIX_CHARS.length)]);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        long id = repository.insert(communeId, trimmed, prefix.toString(), hash(key), ApiScope.format(scopes),
                admin.id(), now, now.plus(Duration.ofDays(validityDays)));
        return new Created(id, prefix.toString(), key);
    }

    List<ApiKey> list(CurrentUser admin) {
        return repository.ofCommune(requireAdmin(admin), clock.instant());
    }

    @Transactional
    void revoke(CurrentUser admin, long id) {
        if (!repository.revoke(requireAdmin(admin), id, admin.id(), clock.instant())) {
            throw new NotFoundException("api key", id);
        }
    }

    /** What a presented key is: the client it speaks for, or (client null) the message key of its refusal. */
    record Check(ApiClient client, String refusal) {

        static Check refused(String messageKey) {
            return new Check(null, messageKey);
        }
    }

    /**
     * The client a presented key speaks for, recording its use from this address; refused for an unknown, malformed,
     * revoked or expired key. The last use is written at most once a minute per key and address, not on every request.
     */
    Check authenticate(String presented, String address) {
        if (presented == null || !presented.startsWith(START) || presented.length() > 200) {
            return Check.refused("api.badKey");
        }
        Optional<ApiKey> found = repository.bySecretHash(hash(presented));
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().revoked()) {
            return Check.refused("api.badKey");
        }
        ApiKey r = found.get();
        if (r.expired(now)) {
            return Check.refused("api.keyExpired");
        }
        if (r.lastUsedAt() == null || !address.equals(r.lastUsedFrom())
                || r.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            repository.touch(r.communeId(), r.id(), now, address);
        }
        return new Check(new ApiClient(r.id(), r.communeId(), r.prefix(), ApiScope.parse(r.scopes()), r.createdBy()),
                null);
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
