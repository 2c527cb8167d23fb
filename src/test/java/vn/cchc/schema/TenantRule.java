package vn.cchc.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tenant rule read from the catalog: a tenant table is one with a commune_id column, less the exceptions. Each
 * has commune_id not null, in its primary key and in every unique index; each foreign key between two tenant tables
 * pairs commune_id with commune_id, so no row can point into another commune. Tables without commune_id (province,
 * calendar, criteria sets, commune itself, sessions) are reference tables: keys to them are free.
 */
final class TenantRule {

    /** Tables with a commune_id that are not tenant tables, and why. */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "app_user", "province and national users belong to no commune (commune_id null) and sign-in finds a"
                    + " user by name across communes; under Citus a reference table",
            "audit_log", "append-only log (V1_28): a province-wide row (a province admin's edit, a failed sign-in"
                    + " for an unknown name) has no commune, and no key refers to it or from it");

    private final JdbcClient jdbc;

    TenantRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per breach in the schema, naming the table and the constraint or index. */
    List<String> offences(String schema, Map<String, String> exceptions) {
        String tenants = """
                select c.oid, c.relname, a.attnum, a.attnotnull from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'commune_id' and not a.attisdropped
                where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
                  and not c.relname::text = any (string_to_array(?, ','))""";
        List<String> found = new ArrayList<>();
        found.addAll(jdbc.sql("with t as (" + tenants + """
                        ) select t.relname || ': commune_id may be null' from t where not t.attnotnull
                        union all
                        select t.relname || ': no primary key' from t
                        where not exists (select 1 from pg_constraint p where p.conrelid = t.oid and p.contype = 'p')
                        union all
                        select t.relname || ': ' || case when x.indisprimary then 'primary key ' else 'unique index ' end
                               || i.relname || ' lacks commune_id'
                        from t join pg_index x on x.indrelid = t.oid and x.indisunique
                        join pg_class i on i.oid = x.indexrelid
                        where not t.attnum = any ((x.indkey::int2[])[0:x.indnkeyatts - 1])
                        union all
                        select t.relname || ': foreign key ' || f.conname || ' to ' || p.relname
                               || ' does not pair commune_id with commune_id'
                        from t join pg_constraint f on f.conrelid = t.oid and f.contype = 'f'
                        join t p on p.oid = f.confrelid
                        where not exists (select 1 from generate_subscripts(f.conkey, 1) k
                                          where f.conkey[k] = t.attnum and f.confkey[k] = p.attnum)
                        order by 1""")
                .params(schema, String.join(",", exceptions.keySet())).query(String.class).list());
        return found;
    }
}
