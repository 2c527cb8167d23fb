package vn.cchc.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;

/** The api_key table: keys are found by the hash of the whole key; everything else is within the commune. */
@Repository
class ApiKeyRepository {

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select k.*, u.full_name, u.enabled as creator_enabled from api_key k join app_user u on u.id = k.created_by
            """;   // Read model: the creator's name from org's users, for the admin's list

    long insert(long communeId, String name, String prefix, String sha256, String scopes, long userId, Instant at,
                Instant expiresAt) {
        return jdbc.sql("""
                        insert into api_key (commune_id, name, prefix, secret_sha256, scopes, created_by, created_at,
                                             expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, name, prefix, sha256, scopes, userId, Timestamps.utc(at), Timestamps.utc(expiresAt))
                .query(Long.class).single();
    }

    /** The commune's keys, those the API still accepts at {@code now} first, newest first. */
    List<ApiKey> ofCommune(long communeId, Instant now) {
        return jdbc.sql(SELECT + """
                        where k.commune_id = ?
                        order by k.revoked_at is not null or k.expires_at <= ?, k.created_at desc, k.id desc""")
                .params(communeId, Timestamps.utc(now)).query(ApiKeyRepository::key).list();
    }

    Optional<ApiKey> bySecretHash(String sha256) {
        return jdbc.sql(SELECT + " where k.secret_sha256 = ?").param(sha256).query(ApiKeyRepository::key).optional();
    }

    /** Revokes an active key of the commune; false when there is none by that id (another commune's, or revoked). */
    boolean revoke(long communeId, long id, long userId, Instant at) {
        return jdbc.sql("""
                        update api_key set revoked_at = ?, revoked_by = ?
                        where commune_id = ? and id = ? and revoked_at is null""")
                .params(Timestamps.utc(at), userId, communeId, id).update() == 1;
    }

    void touch(long communeId, long id, Instant at, String address) {
        jdbc.sql("update api_key set last_used_at = ?, last_used_from = ? where commune_id = ? and id = ?")
                .params(Timestamps.utc(at), address, communeId, id).update();
    }

    private static ApiKey key(ResultSet rs, int n) throws SQLException {
        return new ApiKey(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("name"), rs.getString("prefix"),
                rs.getString("scopes"), rs.getLong("created_by"), rs.getString("full_name"),
                rs.getBoolean("creator_enabled"), Timestamps.instant(rs, "created_at"),
                Timestamps.instant(rs, "expires_at"), Timestamps.instant(rs, "revoked_at"),
                Timestamps.instant(rs, "last_used_at"), rs.getString("last_used_from"));
    }
}
