package vn.cchc.walls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A checksum per table of everything a commune and its province own: rows with the commune's {@code commune_id},
 * else (tables without one) its {@code province_id}, else (tables without either, like criteria nodes) rows whose
 * foreign key leads to such a row; tables that lead nowhere (reference data) are taken whole. The tables are read
 * from the schema, so a new table is covered without editing this class.
 */
@Component
class TenantFingerprint {

    private final JdbcClient jdbc;
    private String query;

    TenantFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Table name → count and sum of 64-bit hashes of its rows in the commune's scope (order-independent). */
    Map<String, String> of(FullCommune c) {
        Map<String, String> out = new TreeMap<>();
        jdbc.sql(query()).param("commune", c.id()).param("province", c.provinceId())
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    /** The tables whose checksum differs between two fingerprints. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList();
    }

    private synchronized String query() {
        if (query == null) {
            Map<String, String> scopes = scopes();
            List<String> parts = new ArrayList<>();
            scopes.forEach((table, where) -> parts.add(String.format("""
                    select '%1$s', count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)
                    from "%1$s" t where %2$s""", table, where)));
            query = String.join("\nunion all\n", parts);
        }
        return query;
    }

    /** The where-clause that picks each table's rows of the commune and its province. */
    private Map<String, String> scopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.table_name,
                               bool_or(c.column_name = 'commune_id') as by_commune,
                               bool_or(c.column_name = 'province_id') as by_province
                        from information_schema.tables t
                        join information_schema.columns c using (table_schema, table_name)
                        where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                        group by t.table_name order by t.table_name""")
                .query((rs, n) -> scopes.put(rs.getString(1), rs.getBoolean(2) ? "t.commune_id = :commune"
                        : rs.getBoolean(3) ? "t.province_id = :province" : null))
                .list();
        jdbc.sql("""
                        select k.table_name, k.column_name, u.table_name, u.column_name
                        from information_schema.table_constraints c
                        join information_schema.key_column_usage k using (constraint_schema, constraint_name)
                        join information_schema.constraint_column_usage u using (constraint_schema, constraint_name)
                        where c.constraint_type = 'FOREIGN KEY' and c.constraint_schema = current_schema()""")
                .query((rs, n) -> {
                    String owner = scopes.get(rs.getString(3));
                    if (scopes.containsKey(rs.getString(1)) && scopes.get(rs.getString(1)) == null && owner != null) {
                        scopes.put(rs.getString(1), String.format("t.%s in (select %s from \"%s\" t where %s)",
                                rs.getString(2), rs.getString(4), rs.getString(3), owner));
                    }
                    return null;
                }).list();
        scopes.replaceAll((table, where) -> where == null ? "true" : where);
        return scopes;
    }
}
