package vn.cchc.api;

import java.time.Instant;

/** A key as the admin's list shows it: no secret (none is stored), its prefix, scopes and last use. */
public record ApiKey(long id, long communeId, String name, String prefix, String scopes, long createdBy,
                     String createdByName, Instant createdAt, Instant revokedAt, Instant lastUsedAt,
                     String lastUsedFrom) {

    public boolean active() {
        return revokedAt == null;
    }
}
