package vn.cchc.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.cchc.evidence.EvidenceArchive;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.Sha256;
import vn.cchc.support.MutableClock;

/**
 * Two instances on two databases of one PostgreSQL: the source with the demo data, the target empty (its sequences
 * moved on, so no id can match by chance). Both demo communes go over; every dashboard the coordinators and the
 * chairman read must show the same text and chart figures, and every evidence file the same SHA-256.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommuneArchiveRoundTripTest {

    /** The dashboards: plan progress and task counts, reporting, one-stop indicators and 766, PAKN, PAR, surveys. */
    private static final List<String> DASHBOARDS = List.of("/summary", "/progress", "/overview", "/dossiers",
            "/dossiers/score", "/pakn", "/parindex", "/parindex/forecast", "/survey/results", "/registers", "/inbox");

    private EmbeddedPostgres server;
    private Instance source;
    private Instance target;
    private Path bnt;
    private Path and;

    @BeforeAll
    void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database source");
            c.createStatement().execute("create database target");
        }
        source = Instance.start(server.getJdbcUrl("postgres", "source"), true);
        target = Instance.start(server.getJdbcUrl("postgres", "target"), false);
        target.jdbc.sql("select setval(c.oid, 7919) from pg_class c where c.relkind = 'S'").query().listOfRows();
        // one moment for both: what is overdue or due soon depends on it
        MutableClock from = source.bean(MutableClock.class);
        MutableClock to = target.bean(MutableClock.class);
        to.advance(java.time.Duration.between(to.instant(), from.instant()));
        bnt = export("99001");
        and = export("99002");
    }

    @AfterAll
    void stop() throws Exception {
        if (target != null) {
            target.close();
        }
        if (source != null) {
            source.close();
        }
        server.close();
    }

    @Test
    @Order(1)
    void aTamperedArchiveIsRefusedAndNothingIsStored() throws Exception {
        Map<String, Long> before = target.allRows();
        long files = target.storedFiles();
        Path tampered = ArchiveZips.changed(bnt, "data/tenant/plan_task.jsonl", ArchiveZips::flipOneBit, false);
        assertThatThrownBy(() -> importInto(target, tampered)).isInstanceOfSatisfying(ArchiveRefused.class,
                r -> assertThat(r.key()).isEqualTo("backup.import.checksum"));
        String someFile = source.bean(EvidenceArchive.class).fileAddresses(source.communeId("99001")).get(0);
        Path badFile = ArchiveZips.changed(bnt, Manifest.fileEntry(someFile), ArchiveZips::flipOneBit, false);
        assertThatThrownBy(() -> importInto(target, badFile)).isInstanceOfSatisfying(ArchiveRefused.class,
                r -> assertThat(r.args()).containsExactly(Manifest.fileEntry(someFile)));
        assertThat(target.allRows()).isEqualTo(before);
        assertThat(target.storedFiles()).isEqualTo(files);
    }

    @Test
    @Order(2)
    void anArchiveOfAnotherSchemaVersionIsRefused() throws Exception {
        Map<String, Long> before = target.allRows();
        Path older = ArchiveZips.changed(bnt, Manifest.MANIFEST,
                ArchiveZips.text(s -> s.replaceFirst("\"schemaVersion\":\"[^\"]+\"", "\"schemaVersion\":\"1.3\"")),
                true);
        assertThatThrownBy(() -> importInto(target, older)).isInstanceOfSatisfying(ArchiveRefused.class,
                r -> assertThat(r.key()).isEqualTo("backup.import.schema"));
        assertThat(target.allRows()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void bothDemoCommunesComeOverWithEveryFigureAndFile() throws Exception {
        long started = System.nanoTime();
        CommuneImport.Result gl = importInto(target, and);
        long andMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        CommuneImport.Result kh = importInto(target, bnt);
        long bntMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("BACKUP import 99002: %d ms, %d rows, %d files%n", andMillis, gl.rows(), gl.files());
        System.out.printf("BACKUP import 99001: %d ms, %d rows, %d files%n", bntMillis, kh.rows(), kh.files());

        for (String code : List.of("99001", "99002")) {
            long from = source.communeId(code);
            long to = target.communeId(code);
            assertThat(to).isNotEqualTo(from);
            assertThat(target.tenantRows(to)).isEqualTo(source.tenantRows(from));
            Map<String, List<String>> expected = source.rowsWithoutIds(from);
            Map<String, List<String>> actual = target.rowsWithoutIds(to);
            for (String table : expected.keySet()) {
                List<String> missing = new java.util.ArrayList<>(expected.get(table));
                missing.removeAll(actual.get(table));
                List<String> extra = new java.util.ArrayList<>(actual.get(table));
                extra.removeAll(expected.get(table));
                assertThat(missing).as(table + " of " + code + ", in the target instead: " + extra.stream().limit(2)
                        .toList()).isEmpty();
            }
            List<String> files = source.bean(EvidenceArchive.class).fileAddresses(from);
            assertThat(files).isNotEmpty();
            assertThat(target.bean(EvidenceArchive.class).fileAddresses(to)).isEqualTo(files);
            for (String sha : files) {
                assertThat(sha256Of(target, sha)).isEqualTo(sha);
            }
        }
        for (String user : List.of("bnt.chutich", "bnt.vhxh", "and.chutich", "and.vhxh")) {
            for (String page : DASHBOARDS) {
                assertSameText(page + " as " + user, source.pageText(page, user), target.pageText(page, user));
            }
        }
    }

    @Test
    @Order(4)
    void aCommuneThatExistsOrAUsernameThatIsTakenIsRefused() throws Exception {
        assertThatThrownBy(() -> importInto(source, bnt)).isInstanceOfSatisfying(ArchiveRefused.class,
                r -> assertThat(r.key()).isEqualTo("backup.import.communeExists"));
        Path renamed = ArchiveZips.changed(bnt, "data/commune/commune.jsonl",
                ArchiveZips.text(s -> s.replace("\"code\":\"99001\"", "\"code\":\"99999\"")), true);
        Path renamedToo = ArchiveZips.changed(renamed, Manifest.MANIFEST,
                ArchiveZips.text(s -> s.replace("\"communeCode\":\"99001\"", "\"communeCode\":\"99999\"")), true);
        Map<String, Long> before = source.allRows();
        assertThatThrownBy(() -> importInto(source, renamedToo)).isInstanceOfSatisfying(ArchiveRefused.class, r -> {
            assertThat(r.key()).isEqualTo("backup.import.usernames");
            assertThat((String) r.args()[0]).contains("bnt.admin", "bnt.chutich", "bnt.xem");
        });
        assertThat(source.allRows()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void onlyTheCommunesAdminAndItsProvincesAdminDownloadIt() throws Exception {
        String path = "/backup/communes/99001/archive.zip";
        assertThat(source.request(path, "bnt.admin").getResponse().getStatus()).isEqualTo(200);
        assertThat(source.request(path, "kh.admin").getResponse().getStatus()).isEqualTo(200);
        assertThat(source.request(path, "and.admin").getResponse().getStatus()).isEqualTo(404);
        assertThat(source.request(path, "gl.admin").getResponse().getStatus()).isEqualTo(404);
        assertThat(source.request(path, "bnt.chutich").getResponse().getStatus()).isEqualTo(403);
        assertThat(source.request(path, "kh.snv").getResponse().getStatus()).isEqualTo(403);
    }

    private Path export(String code) throws Exception {
        Path file = Files.createTempFile("cchc-" + code + "-", ".zip");
        long started = System.nanoTime();
        Manifest m;
        try (OutputStream out = Files.newOutputStream(file)) {
            m = source.bean(CommuneExport.class).export(source.bean(OrgDirectory.class).communeByCode(code)
                    .orElseThrow(), out);
        }
        System.out.printf("BACKUP export %s: %d ms, %d bytes, %d rows, %d files%n", code,
                (System.nanoTime() - started) / 1_000_000, Files.size(file), m.totalRows(), m.files().size());
        return file;
    }

    /** Equal texts, or the first place they differ, both sides. */
    private static void assertSameText(String what, String expected, String actual) {
        int at = 0;
        while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        if (at < expected.length() || at < actual.length()) {
            int from = Math.max(0, at - 200);
            throw new AssertionError(what + " differs at " + at + ":\nsource: "
                    + expected.substring(from, Math.min(expected.length(), at + 300)) + "\ntarget: "
                    + actual.substring(from, Math.min(actual.length(), at + 300)));
        }
    }

    private static CommuneImport.Result importInto(Instance instance, Path archive) {
        return instance.bean(CommuneImport.class).importArchive(archive, null);
    }

    private static String sha256Of(Instance instance, String sha) throws Exception {
        MessageDigest digest = Sha256.digest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            instance.copyFile(sha, out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
