package vn.cchc.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Paged;
import vn.cchc.shared.Timestamps;
import vn.cchc.shared.VietnamTime;

/** Reads the log within a reader's scope and filter, newest first. Writing is the triggers' and AuditNotes'. */
@Repository
class AuditLogRepository {

    private static final String COLUMNS = "select id, at, actor, address, request_id, action, table_name, entity_id, "
            + "commune_id, before::text, after::text, subject, detail from audit_log";

    private final JdbcClient jdbc;

    AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Paged<AuditEntry> page(AuditScope scope, AuditFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, filter, params);
        long total = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", Paged.offset(page, size));
        List<AuditEntry> items = jdbc.sql(COLUMNS + where + " order by at desc, id desc limit :limit offset :offset")
                .params(params).query(AuditLogRepository::entry).list();
        return new Paged<>(items, page, size, total);
    }

    /** Every entry of the filter up to {@code cap}, in the page's order. */
    List<AuditEntry> all(AuditScope scope, AuditFilter filter, int cap) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, filter, params);
        params.put("limit", cap);
        return jdbc.sql(COLUMNS + where + " order by at desc, id desc limit :limit").params(params)
                .query(AuditLogRepository::entry).list();
    }

    private static String where(AuditScope scope, AuditFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (scope.provinceWide()) {
            where.append(" where province_id = :province");
            params.put("province", scope.provinceId());
        } else {
            where.append(" where commune_id = :commune");
            params.put("commune", scope.communeId());
        }
        if (filter.from() != null) {
            where.append(" and at >= :from");
            params.put("from", Timestamps.utc(VietnamTime.startOf(filter.from())));
        }
        if (filter.to() != null) {
            LocalDate dayAfter = filter.to().plusDays(1);
            where.append(" and at < :to");
            params.put("to", Timestamps.utc(VietnamTime.startOf(dayAfter)));
        }
        if (filter.user() != null) {
            where.append(" and lower(actor) = lower(:user)");
            params.put("user", filter.user());
        }
        if (filter.table() != null) {
            where.append(" and table_name = :table");
            params.put("table", filter.table());
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
            params.put("action", filter.action());
        }
        return where.toString();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Timestamps.instant(rs, "at"), rs.getString("actor"),
                rs.getString("address"), rs.getString("request_id"), rs.getString("action"), rs.getString("table_name"),
                rs.getString("entity_id"), (Long) rs.getObject("commune_id"),
                AuditEntry.changes(rs.getString("before"), rs.getString("after")), rs.getString("subject"),
                rs.getString("detail"));
    }
}
