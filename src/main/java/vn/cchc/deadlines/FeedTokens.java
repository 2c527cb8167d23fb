package vn.cchc.deadlines;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.Sha256;

/**
 * The secret address of a user's iCalendar feed: 32 random bytes (256 bits) in URL-safe Base64, shown once to its
 * owner; only its SHA-256 is stored (table {@code deadline_feed}). One address per user: a new one replaces the old,
 * revoking deletes it. The address speaks for its user only while they are enabled and still in the same commune.
 */
@Service
class FeedTokens {

    /** 32 bytes in URL-safe Base64 without padding: 43 characters. Anything else is not ours and is not looked up. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FeedTokens(JdbcClient jdbc, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.clock = clock;
    }

    /** A new address for the user, replacing any earlier one; the token is returned once and never stored. */
    @Transactional
    String create(CurrentUser me) {
        long communeId = me.requireCommune();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // The key is (user_id, commune_id): an address made in an earlier commune goes too.
        jdbc.sql("delete from deadline_feed where user_id = ? and commune_id <> ?").params(me.id(), communeId).update();
        jdbc.sql("""
                        insert into deadline_feed (user_id, commune_id, token_hash, created_at) values (?, ?, ?, ?)
                        on conflict (user_id, commune_id) do update set
                            token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .params(me.id(), communeId, hash(token), java.sql.Timestamp.from(clock.instant())).update();
        return token;
    }

    @Transactional
    void revoke(CurrentUser me) {
        jdbc.sql("delete from deadline_feed where user_id = ?").param(me.id()).update();
    }

    /** When the user's current address was made, if they have one. */
    Optional<Instant> createdAt(CurrentUser me) {
        return jdbc.sql("select created_at from deadline_feed where user_id = ?").param(me.id())
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** The user the token speaks for; empty for a malformed, unknown or revoked token or a user no longer there. */
    Optional<CurrentUser> owner(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        record Feed(long userId, long communeId) {
        }
        return jdbc.sql("select user_id, commune_id from deadline_feed where token_hash = ?").param(hash(token))
                .query((rs, n) -> new Feed(rs.getLong(1), rs.getLong(2))).optional()
                .flatMap(f -> org.enabledUser(f.userId())
                        .filter(u -> Objects.equals(u.communeId(), f.communeId())));
    }

    static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.US_ASCII));
    }
}
