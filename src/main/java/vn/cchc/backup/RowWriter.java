package vn.cchc.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.backup.SchemaCatalog.ForeignKey;
import vn.cchc.backup.SchemaCatalog.Table;

/**
 * Writes archived rows into this instance inside the import's transaction, giving each row a new id from its
 * table's sequence and rewriting every reference (foreign keys and soft references from the catalog) through the
 * old-to-new maps of the tables written before it. Province rows are matched by their natural key first.
 */
final class RowWriter {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ArchiveScope scope;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();

    RowWriter(JdbcClient jdbc, ArchiveScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** Inserts the rows as new ones (the commune's own rows), in batches. */
    void insert(Table table, Iterable<ObjectNode> rows) {
        List<ObjectNode> batch = new ArrayList<>(BATCH);
        for (ObjectNode row : rows) {
            remap(table, row);
            batch.add(row);
            if (batch.size() == BATCH || selfReferencing(table)) {
                flush(table, batch, false);
            }
        }
        flush(table, batch, false);
    }

    /**
     * Province data and other users named in the commune's rows: a row whose natural key exists here is that row
     * (the target's province keeps its own data); otherwise it is added. A user added this way cannot log in.
     */
    void matchOrInsert(Table table, Iterable<ObjectNode> rows, boolean outside) {
        Optional<List<String>> key = table.naturalKey();
        for (ObjectNode row : rows) {
            remap(table, row);
            if (table.serial() != null && key.isPresent()) {
                Optional<Long> found = find(table, key.get(), row);
                if (found.isPresent()) {
                    ids.computeIfAbsent(table.name(), k -> new HashMap<>()).put(row.get(table.serial()).asLong(),
                            found.get());
                    continue;
                }
            }
            if (outside && table.has("enabled")) {
                row.put("enabled", false);
            }
            flush(table, new ArrayList<>(List.of(row)), table.serial() == null);
        }
    }

    private Optional<Long> find(Table table, List<String> key, ObjectNode row) {
        String match = String.join(" and ", key.stream()
                .map(c -> "t." + CommuneExport.quote(c) + " is not distinct from r." + CommuneExport.quote(c)).toList());
        return jdbc.sql("select t." + CommuneExport.quote(table.serial()) + " from public."
                        + CommuneExport.quote(table.name()) + " t, json_populate_record(null::public."
                        + CommuneExport.quote(table.name()) + ", cast(:row as json)) r where " + match)
                .param("row", row.toString()).query(Long.class).optional();
    }

    private void flush(Table table, List<ObjectNode> batch, boolean skipExisting) {
        if (batch.isEmpty()) {
            return;
        }
        if (table.serial() != null) {
            List<Long> fresh = jdbc.sql("select nextval(pg_get_serial_sequence(:t, :c)) from generate_series(1, :n)")
                    .param("t", "public." + CommuneExport.quote(table.name())).param("c", table.serial())
                    .param("n", batch.size()).query(Long.class).list();
            Map<Long, Long> map = ids.computeIfAbsent(table.name(), k -> new HashMap<>());
            for (int i = 0; i < batch.size(); i++) {
                map.put(batch.get(i).get(table.serial()).asLong(), fresh.get(i));
                batch.get(i).put(table.serial(), fresh.get(i));
            }
        }
        ArrayNode array = ArchiveJson.MAPPER.createArrayNode();
        batch.forEach(array::add);
        String columns = String.join(", ", table.insertable().stream().map(CommuneExport::quote).toList());
        String name = "public." + CommuneExport.quote(table.name());
        jdbc.sql("insert into " + name + " (" + columns + ") select " + columns + " from json_populate_recordset(null::"
                + name + ", cast(:rows as json))" + (skipExisting ? " on conflict do nothing" : ""))
                .param("rows", array.toString()).update();
        batch.clear();
    }

    /** Rewrites the row's references to the new ids; a reference to a row not carried becomes empty if it may. */
    private void remap(Table table, ObjectNode row) {
        Set<String> done = new HashSet<>();
        for (ForeignKey key : ArchiveScope.references(table)) {
            Table target = scope.all.get(key.refTable());
            for (int i = 0; i < key.columns().size(); i++) {
                String column = key.columns().get(i);
                if (target != null && key.refColumns().get(i).equals(target.serial()) && done.add(column)) {
                    rewrite(table, row, column, target.name());
                }
            }
        }
        if (table.has("commune_id") && done.add("commune_id")) {
            rewrite(table, row, "commune_id", ArchiveScope.COMMUNE);
        }
    }

    private void rewrite(Table table, ObjectNode row, String column, String target) {
        JsonNode value = row.get(column);
        if (value == null || value.isNull()) {
            return;
        }
        Long mapped = ids.getOrDefault(target, Map.of()).get(value.asLong());
        if (mapped != null) {
            row.put(column, mapped);
        } else if (table.column(column).orElseThrow().nullable()) {
            row.putNull(column);
        } else if (value.asLong() > 0) {
            throw new ArchiveRefused("backup.import.unresolved", table.name() + "." + column, value.asText());
        }
    }

    private static boolean selfReferencing(Table table) {
        return table.foreignKeys().stream().anyMatch(k -> k.refTable().equals(table.name()));
    }

    long newId(String table, long oldId) {
        return ids.get(table).get(oldId);
    }
}
