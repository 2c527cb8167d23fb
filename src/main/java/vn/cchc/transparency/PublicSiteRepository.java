package vn.cchc.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;

/** The module's SQL on its table {@code public_site} (db/migration/transparency). */
@Repository
class PublicSiteRepository {

    private final JdbcClient jdbc;

    PublicSiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PublicSite> find(long communeId) {
        return jdbc.sql("select * from public_site where commune_id = ?").param(communeId)
                .query(PublicSiteRepository::site).optional();
    }

    void save(PublicSite s, Instant at) {
        jdbc.sql("""
                insert into public_site (commune_id, enabled, frame_ancestors, office_address, hotline, online_portal_url,
                    updated_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (commune_id) do update set enabled = excluded.enabled,
                    frame_ancestors = excluded.frame_ancestors, office_address = excluded.office_address,
                    hotline = excluded.hotline, online_portal_url = excluded.online_portal_url,
                    updated_at = excluded.updated_at""")
                .params(s.communeId(), s.enabled(), String.join("\n", s.frameAncestors()), s.officeAddress(),
                        s.hotline(), s.onlinePortalUrl(), Timestamps.utc(at)).update();
    }

    private static PublicSite site(ResultSet rs, int n) throws SQLException {
        String origins = rs.getString("frame_ancestors");
        List<String> list = origins.isBlank() ? List.of() : Arrays.asList(origins.split("\n"));
        Timestamp updated = rs.getTimestamp("updated_at");
        return new PublicSite(rs.getLong("commune_id"), rs.getBoolean("enabled"), List.copyOf(list),
                rs.getString("office_address"), rs.getString("hotline"), rs.getString("online_portal_url"),
                updated.toInstant());
    }
}
