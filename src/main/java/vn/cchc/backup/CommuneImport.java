package vn.cchc.backup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.backup.SchemaCatalog.Table;
import vn.cchc.evidence.EvidenceArchive;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Province;

/**
 * Imports a commune archive made by {@link CommuneExport} on another instance. Every checksum is verified and the
 * schema version, the commune code and the usernames are checked before anything is written; then all rows go in
 * one transaction (a refusal or failure stores nothing) and the evidence files are stored by content address
 * before it commits (a file already there is left as it is).
 */
@Service
public class CommuneImport {

    /** What was imported. */
    public record Result(String communeCode, String communeName, long communeId, long rows, int files,
                         Map<String, Long> rowsByTable) {
    }

    private final JdbcClient jdbc;
    private final SchemaCatalog catalog;
    private final SchemaVersion schema;
    private final EvidenceArchive files;
    private final OrgDirectory org;
    private final TransactionTemplate transaction;

    CommuneImport(JdbcClient jdbc, SchemaCatalog catalog, SchemaVersion schema, EvidenceArchive files,
                  OrgDirectory org, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.schema = schema;
        this.files = files;
        this.org = org;
        this.transaction = transaction;
    }

    /**
     * Imports the archive; {@code provinceId}, when given (a province admin's import), must be the archive's
     * province here. Without it (an operator's command) the province is created when this instance lacks it.
     */
    public Result importArchive(Path zip, Long provinceId) {
        try (VerifiedArchive archive = VerifiedArchive.open(zip, schema.current())) {
            Manifest m = archive.manifest;
            if (provinceId != null && org.provinces().stream().filter(p -> p.id() == provinceId).map(Province::code)
                    .noneMatch(m.provinceCode()::equals)) {
                throw new ArchiveRefused("backup.import.otherProvince", m.communeName(), m.provinceCode());
            }
            try {
                return transaction.execute(status -> write(archive));
            } catch (DataIntegrityViolationException e) {
                throw new ArchiveRefused("backup.import.conflict", e.getMostSpecificCause().getMessage());
            }
        }
    }

    private Result write(VerifiedArchive archive) {
        Manifest m = archive.manifest;
        if (org.communeByCode(m.communeCode()).isPresent()) {
            throw new ArchiveRefused("backup.import.communeExists", m.communeCode(), m.communeName());
        }
        refuseTakenUsernames(archive);
        ArchiveScope scope = ArchiveScope.of(catalog.tables());
        RowWriter writer = new RowWriter(jdbc, scope);
        Map<String, Long> counts = new LinkedHashMap<>();
        Set<String> referenceTables = new LinkedHashSet<>();
        archive.manifest.tables().stream().filter(t -> t.part().equals("reference") || t.part().equals("outside"))
                .forEach(t -> referenceTables.add(t.table()));
        List<Table> touched = new ArrayList<>(scope.tenant);
        setTriggers(touched, false);
        for (Table table : ArchiveScope.ordered(referenceTables, scope.all)) {
            for (Manifest.TableEntry entry : archive.manifest.tables()) {
                if (entry.table().equals(table.name()) && !entry.part().equals("tenant")
                        && !entry.part().equals("commune")) {
                    writer.matchOrInsert(table, rows(archive, entry, counts), entry.part().equals("outside"));
                }
            }
        }
        for (Manifest.TableEntry entry : archive.entries("commune")) {
            writer.insert(scope.all.get(ArchiveScope.COMMUNE), rows(archive, entry, counts));
        }
        for (Table table : scope.tenant) {
            List<Manifest.TableEntry> entries = archive.entries("tenant").stream()
                    .filter(e -> e.table().equals(table.name())).toList();
            if (entries.isEmpty()) {
                throw new ArchiveRefused("backup.import.missing", "data/tenant/" + table.name() + ".jsonl");
            }
            writer.insert(table, rows(archive, entries.get(0), counts));
        }
        setTriggers(touched, true);
        for (Manifest.FileEntry file : m.files()) {
            try (InputStream in = archive.file(file.sha256())) {
                files.store(in, file.sha256());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long communeId = org.communeByCode(m.communeCode()).orElseThrow().id();
        return new Result(m.communeCode(), m.communeName(), communeId,
                counts.values().stream().mapToLong(Long::longValue).sum(), m.files().size(), counts);
    }

    /** Usernames are unique per instance: a clash is refused, listing every taken name. */
    private void refuseTakenUsernames(VerifiedArchive archive) {
        List<String> names = new ArrayList<>();
        for (Manifest.TableEntry entry : archive.entries("tenant")) {
            if (entry.table().equals("app_user")) {
                rows(archive, entry, new LinkedHashMap<>()).forEach(r -> names.add(r.get("username").asText()));
            }
        }
        List<String> taken = jdbc.sql("select username from app_user where username = any(:u) order by username")
                .param("u", names.toArray(String[]::new)).query(String.class).list();
        if (!taken.isEmpty()) {
            throw new ArchiveRefused("backup.import.usernames", String.join(", ", taken));
        }
    }

    /**
     * Insert triggers guard live workflows (evidence of a sent assessment is frozen); an archive brings history as it
     * was, so they are off for this transaction only (ALTER TABLE is transactional, and needs the owner: the app).
     */
    private void setTriggers(List<Table> tables, boolean on) {
        for (Table t : tables) {
            for (String trigger : t.insertTriggers()) {
                jdbc.sql("alter table public." + CommuneExport.quote(t.name()) + (on ? " enable" : " disable")
                        + " trigger " + CommuneExport.quote(trigger)).update();
            }
        }
    }

    /** The entry's rows; counts them and refuses a count other than the manifest's once read to the end. */
    private static Iterable<ObjectNode> rows(VerifiedArchive archive, Manifest.TableEntry entry,
                                             Map<String, Long> counts) {
        return () -> {
            BufferedReader in;
            try {
                in = archive.rows(entry);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Iterator<>() {
                private String next = read();
                private long seen;

                private String read() {
                    try {
                        String line = in.readLine();
                        if (line == null) {
                            in.close();
                        }
                        return line;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    if (next == null && seen != entry.rows()) {
                        throw new ArchiveRefused("backup.import.rowCount", entry.entry(), entry.rows(), seen);
                    }
                    return next != null;
                }

                @Override
                public ObjectNode next() {
                    try {
                        ObjectNode row = (ObjectNode) ArchiveJson.MAPPER.readTree(next);
                        seen++;
                        counts.merge(entry.table(), 1L, Long::sum);
                        next = read();
                        return row;
                    } catch (IOException | ClassCastException e) {
                        throw new ArchiveRefused("backup.import.manifest");
                    }
                }
            };
        };
    }
}
