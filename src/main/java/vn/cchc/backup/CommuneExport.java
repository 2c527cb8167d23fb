package vn.cchc.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.backup.SchemaCatalog.ForeignKey;
import vn.cchc.backup.SchemaCatalog.Table;
import vn.cchc.evidence.EvidenceArchive;
import vn.cchc.org.Commune;
import vn.cchc.org.OrgDirectory;

/**
 * Writes one commune as a ZIP: its province's data, the commune row, its rows of every tenant table, the rows of
 * other users its rows name (the province's appraiser), its evidence files, the manifest and the checksums. Reads
 * in one repeatable-read transaction, so the archive is one consistent moment.
 */
@Service
public class CommuneExport {

    private static final byte[] NEWLINE = {'\n'};

    private final JdbcClient jdbc;
    private final SchemaCatalog catalog;
    private final EvidenceArchive files;
    private final OrgDirectory org;
    private final SchemaVersion schema;
    private final Clock clock;
    private final ObjectMapper json = ArchiveJson.MAPPER;

    CommuneExport(JdbcClient jdbc, SchemaCatalog catalog, EvidenceArchive files, OrgDirectory org,
                  SchemaVersion schema, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.files = files;
        this.org = org;
        this.schema = schema;
        this.clock = clock;
    }

    /** Streams the archive of the commune to {@code out} (left open) and returns its manifest. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Manifest export(Commune commune, OutputStream out) throws IOException {
        ArchiveScope scope = ArchiveScope.of(catalog.tables());
        Tracker tracker = new Tracker();
        List<Manifest.TableEntry> entries = new ArrayList<>();
        try (ArchiveWriter zip = new ArchiveWriter(out)) {
            for (Table t : scope.reference) {
                entries.add(write(zip, t, "reference", provinceRows(t, scope), Map.of("p", commune.provinceId()),
                        tracker));
            }
            entries.add(write(zip, scope.all.get(ArchiveScope.COMMUNE), "commune", "id = :c",
                    Map.of("c", commune.id()), tracker));
            for (Table t : scope.tenant) {
                entries.add(write(zip, t, "tenant", "commune_id = :c", Map.of("c", commune.id()), tracker));
            }
            for (Table t : scope.tenant) {
                Set<Long> outside = tracker.outside(t.name());
                if (!outside.isEmpty()) {
                    entries.add(write(zip, t, "outside", quote(t.serial()) + " = any(:ids)",
                            Map.of("ids", outside.toArray(Long[]::new)), null));
                }
            }
            List<Manifest.FileEntry> stored = new ArrayList<>();
            for (String sha : files.fileAddresses(commune.id())) {
                CountingStream counted = new CountingStream(zip.begin(Manifest.fileEntry(sha)));
                files.copyTo(sha, counted);
                zip.end();
                stored.add(new Manifest.FileEntry(sha, counted.count));
            }
            String province = org.provinces().stream().filter(p -> p.id() == commune.provinceId()).findFirst()
                    .orElseThrow().code();
            Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.VERSION, schema.current(), commune.code(),
                    commune.name(), province, Instant.now(clock).toString(), entries, stored);
            json.writeValue(zip.begin(Manifest.MANIFEST), manifest);
            zip.end();
            return manifest;
        }
    }

    private Manifest.TableEntry write(ArchiveWriter zip, Table table, String part, String where,
                                      Map<String, Object> params, Tracker tracker) throws IOException {
        String entry = "data/" + part + "/" + table.name() + ".jsonl";
        OutputStream out = zip.begin(entry);
        long[] rows = {0};
        String order = table.serial() != null ? " order by " + quote(table.serial()) : "";
        jdbc.sql("select row_to_json(t)::text from public." + quote(table.name()) + " t where " + where + order)
                .params(params).query(rs -> {
                    String line = rs.getString(1);
                    try {
                        out.write(line.getBytes(StandardCharsets.UTF_8));
                        out.write(NEWLINE);
                        if (tracker != null) {
                            tracker.saw(table, json.readTree(line));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                });
        zip.end();
        return new Manifest.TableEntry(table.name(), part, entry, rows[0]);
    }

    /** The rows of the commune's province in a province-level table, following its foreign keys up to the province. */
    static String provinceRows(Table table, ArchiveScope scope) {
        if (table.name().equals(ArchiveScope.PROVINCE)) {
            return "id = :p";
        }
        if (table.has("province_id")) {
            return "province_id = :p";
        }
        ForeignKey up = table.foreignKeys().stream()
                .filter(k -> scope.reference.stream().anyMatch(r -> r.name().equals(k.refTable()))
                        && !k.refTable().equals(table.name()))
                .findFirst().orElseThrow();
        Table parent = scope.all.get(up.refTable());
        return "(" + String.join(", ", up.columns().stream().map(CommuneExport::quote).toList()) + ") in (select "
                + String.join(", ", up.refColumns().stream().map(CommuneExport::quote).toList()) + " from public."
                + quote(parent.name()) + " where " + provinceRows(parent, scope) + ")";
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Ids written per tenant table, and ids the written rows point at, to find rows outside the commune. */
    private static final class Tracker {
        private final Map<String, Set<Long>> written = new HashMap<>();
        private final Map<String, Set<Long>> pointedAt = new HashMap<>();

        void saw(Table table, JsonNode row) {
            if (table.serial() != null) {
                written.computeIfAbsent(table.name(), k -> new HashSet<>()).add(row.get(table.serial()).asLong());
            }
            for (ForeignKey key : ArchiveScope.references(table)) {
                if (key.refColumns().size() == 1 && key.refColumns().get(0).equals("id")) {
                    JsonNode value = row.get(key.columns().get(0));
                    if (value != null && !value.isNull()) {
                        pointedAt.computeIfAbsent(key.refTable(), k -> new HashSet<>()).add(value.asLong());
                    }
                }
            }
        }

        Set<Long> outside(String table) {
            Set<Long> ids = new HashSet<>(pointedAt.getOrDefault(table, Set.of()));
            ids.removeAll(written.getOrDefault(table, Set.of()));
            ids.removeIf(id -> id <= 0);
            return ids;
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
