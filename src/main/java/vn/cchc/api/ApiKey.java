package vn.cchc.api;

import java.time.Duration;
import java.time.Instant;

/**
 * A key as the admin's list shows it: no secret (none is stored), its prefix, scopes, last use, end of validity and
 * whether the admin who made it can still log in (a key of someone who left should be replaced).
 */
public record ApiKey(long id, long communeId, String name, String prefix, String scopes, long createdBy,
                     String createdByName, boolean creatorEnabled, Instant createdAt, Instant expiresAt,
                     Instant revokedAt, Instant lastUsedAt, String lastUsedFrom) {

    /** Days before the end at which the list warns that a key is about to stop working. */
    static final int WARN_DAYS = 14;

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Accepted by the API at {@code now}: neither revoked nor past its end. */
    public boolean active(Instant now) {
        return !revoked() && !expired(now);
    }

    /** Active and ending within {@link #WARN_DAYS} days. */
    public boolean endingSoon(Instant now) {
        return active(now) && expiresAt.isBefore(now.plus(Duration.ofDays(WARN_DAYS)));
    }
}
