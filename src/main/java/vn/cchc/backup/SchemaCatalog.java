package vn.cchc.backup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The public schema as PostgreSQL's catalog describes it: tables, columns, foreign keys, unique keys, triggers. */
@Component
class SchemaCatalog {

    record Column(String name, String type, boolean nullable, boolean generated) {
    }

    /** {@code columns} reference {@code refColumns} of {@code refTable}, pairwise. */
    record ForeignKey(List<String> columns, String refTable, List<String> refColumns) {
    }

    /**
     * A table; {@code serial} is its column filled from a sequence (null when none), {@code uniqueKeys} its primary
     * and unique constraints, {@code insertTriggers} its own triggers that fire on INSERT.
     */
    record Table(String name, List<Column> columns, String serial, List<ForeignKey> foreignKeys,
                 List<List<String>> uniqueKeys, List<String> insertTriggers) {

        boolean has(String column) {
            return columns.stream().anyMatch(c -> c.name().equals(column));
        }

        Optional<Column> column(String column) {
            return columns.stream().filter(c -> c.name().equals(column)).findFirst();
        }

        /** The smallest unique key without the serial column: how a row is known in another instance. */
        Optional<List<String>> naturalKey() {
            return uniqueKeys.stream().filter(k -> serial == null || !k.contains(serial))
                    .min((a, b) -> Integer.compare(a.size(), b.size()));
        }

        List<String> insertable() {
            return columns.stream().filter(c -> !c.generated()).map(Column::name).toList();
        }
    }

    private final JdbcClient jdbc;

    SchemaCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Table> tables() {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : jdbc.sql("""
                select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
                  and not c.relispartition order by c.relname""").query(String.class).list()) {
            tables.put(name, table(name));
        }
        return tables;
    }

    private Table table(String name) {
        List<Column> columns = jdbc.sql("""
                select a.attname, format_type(a.atttypid, a.atttypmod), not a.attnotnull, a.attgenerated <> ''
                from pg_attribute a
                where a.attrelid = ('public.' || quote_ident(:t))::regclass and a.attnum > 0 and not a.attisdropped
                order by a.attnum""").param("t", name)
                .query((rs, i) -> new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
                .list();
        String serial = jdbc.sql("""
                select a.attname from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                where a.attrelid = ('public.' || quote_ident(:t))::regclass and a.attnum > 0 and not a.attisdropped
                  and (a.attidentity <> '' or pg_get_expr(d.adbin, d.adrelid) like 'nextval(%')""")
                .param("t", name).query(String.class).optional().orElse(null);
        List<ForeignKey> keys = jdbc.sql("""
                select (select array_agg(a.attname order by k.i) from unnest(c.conkey) with ordinality k(n, i)
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n),
                       f.relname,
                       (select array_agg(a.attname order by k.i) from unnest(c.confkey) with ordinality k(n, i)
                          join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n)
                from pg_constraint c join pg_class f on f.oid = c.confrelid
                where c.contype = 'f' and c.conrelid = ('public.' || quote_ident(:t))::regclass order by c.conname""")
                .param("t", name).query((rs, i) -> new ForeignKey(names(rs.getArray(1)), rs.getString(2),
                        names(rs.getArray(3)))).list();
        List<List<String>> unique = jdbc.sql("""
                select (select array_agg(a.attname order by k.i) from unnest(c.conkey) with ordinality k(n, i)
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n)
                from pg_constraint c where c.contype in ('p', 'u') and c.conrelid = ('public.' || quote_ident(:t))::regclass
                order by c.contype, c.conname""").param("t", name).query((rs, i) -> names(rs.getArray(1))).list();
        // tgtype bit 4 = fires on INSERT
        List<String> triggers = jdbc.sql("""
                select tgname from pg_trigger where tgrelid = ('public.' || quote_ident(:t))::regclass
                  and not tgisinternal and (tgtype & 4) <> 0 order by tgname""").param("t", name)
                .query(String.class).list();
        return new Table(name, columns, serial, keys, unique, triggers);
    }

    private static List<String> names(java.sql.Array array) throws java.sql.SQLException {
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
