package vn.cchc.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.cchc.org.OrgDirectory;

/**
 * Export and import time and ZIP size of the demo's biggest commune with its ledger grown to {@code bench.dossiers}
 * dossiers (copies of its own with new codes). Run by bench/backup.sh; writes bench/results/backup.txt.
 * With {@code bench.sourceUrl} the source is that database, so the whole-database dump can be measured after.
 */
@Tag("benchmark")
class CommuneArchiveBenchmark {

    @Test
    void exportAndImportOfALargeCommune() throws Exception {
        int wanted = Integer.getInteger("bench.dossiers", 100_000);
        StringBuilder out = new StringBuilder();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection c = server.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create database source");
                c.createStatement().execute("create database target");
            }
            // bench.sourceUrl: an external (empty) database for the source, left filled for ops/backup.sh to dump
            String sourceUrl = System.getProperty("bench.sourceUrl", server.getJdbcUrl("postgres", "source"));
            try (Instance source = Instance.start(sourceUrl, true);
                 Instance target = Instance.start(server.getJdbcUrl("postgres", "target"), false)) {
                long commune = source.communeId("99001");
                long have = source.jdbc.sql("select count(*) from dossier where commune_id = ?").param(commune)
                        .query(Long.class).single();
                String columns = source.bean(SchemaCatalog.class).tables().get("dossier").insertable().stream()
                        .map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
                String copied = columns.replace("\"code\"", "\"code\" || '-' || g");
                long copies = (wanted - have + have - 1) / have;
                source.jdbc.sql("insert into dossier (" + columns + ") select " + copied + " from dossier, "
                        + "generate_series(1, ?) g where commune_id = ?").params(copies, commune).update();
                long dossiers = source.jdbc.sql("select count(*) from dossier where commune_id = ?").param(commune)
                        .query(Long.class).single();
                Path zip = Files.createTempFile("cchc-bench-", ".zip");
                long started = System.nanoTime();
                Manifest m;
                try (OutputStream file = Files.newOutputStream(zip)) {
                    m = source.bean(CommuneExport.class).export(source.bean(OrgDirectory.class)
                            .communeByCode("99001").orElseThrow(), file);
                }
                long exported = System.nanoTime();
                CommuneImport.Result r = target.bean(CommuneImport.class).importArchive(zip, null);
                long imported = System.nanoTime();
                out.append(String.format("commune 99001 with %,d dossiers: %,d rows, %d files%n", dossiers,
                        m.totalRows(), m.files().size()));
                out.append(String.format("ZIP %,d bytes; export %.1f s; import %.1f s (%,d rows)%n", Files.size(zip),
                        (exported - started) / 1e9, (imported - exported) / 1e9, r.rows()));
            }
        }
        Path results = Path.of("bench/results/backup.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, out.toString());
        System.out.print(out);
    }
}
