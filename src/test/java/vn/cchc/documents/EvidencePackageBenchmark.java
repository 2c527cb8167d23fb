package vn.cchc.documents;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.parindex.ApproveAndSend;
import vn.cchc.parindex.Assessments;
import vn.cchc.parindex.Scenes;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Benchmark harness, not a test (run by bench/par-dossier.sh in a small heap): a submitted assessment citing 300
 * evidence documents of incompressible content (500 KB each by default), half under A2.1 and half under A2.2, packed
 * into the evidence ZIP written to a counting sink. Reports the time per package and the heap's peak while packing,
 * next to the heap limit: a package larger than the heap proves the files stream through.
 */
@Tag("benchmark")
@IntegrationTest
class EvidencePackageBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 300);
    private static final int KILOBYTES = Integer.getInteger("bench.kilobytes", 500);

    @Autowired Scenes scenes;
    @Autowired ParDossierScenes dossiers;
    @Autowired Assessments assessments;
    @Autowired ApproveAndSend approving;
    @Autowired EvidenceService evidence;
    @Autowired ParDossiers packages;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void packThreeHundredDocuments() throws Exception {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(c);
        Random random = new Random(42);
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] content = new byte[KILOBYTES * 1024];
            random.nextBytes(content);
            System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), 0, content, 0, 9);
            EvidenceForm form = new EvidenceForm();
            form.setTitle("Báo cáo kết quả thực hiện nhiệm vụ số " + (i + 1));
            form.setDocNumber((i + 1) + "/BC-UBND");
            form.setDocDate(LocalDate.of(2026, 1, 1).plusDays(i % 150));
            long doc = evidence.upload(c.unitStaff(), null, form, "bc" + i + ".pdf",
                    new ByteArrayInputStream(content)).id();
            (i % 2 == 0 ? first : second).add(doc);
        }
        double uploads = (System.nanoTime() - t0) / 1e9;
        scenes.scoreAndAccept(c, id, "A1.1", "3", null, null);
        scenes.scoreAndAccept(c, id, "A1.2", "1.5", null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        dossiers.officeScores(c, id, "A2.1", "2", null, first);
        dossiers.officeScores(c, id, "A2.2", "1", null, second);
        scenes.scoreAndAccept(c, id, "A2.3", "4", null, null);
        approving.approve(c.leader(), id, assessments.assessment(c.leader(), id).version());

        long bytes = pack(c, id);
        int runs = 3;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t1 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            pack(c, id);
        }
        double perPackage = (System.nanoTime() - t1) / 1e9 / runs;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long t2 = System.nanoTime();
        packages.report(c.standingAgency(), id);
        double report = (System.nanoTime() - t2) / 1e6;

        String result = String.format(Locale.ROOT, """
                        PAR evidence package benchmark: %d documents of %d KB (incompressible), 2 criteria folders
                        uploads through EvidenceService %.1f s
                        ZIP size %.1f MB (%d bytes), heap limit (-Xmx) %d MB
                        time per package (mean of %d after 1 warm-up) %.2f s = %.1f MB/s
                        heap used before packing %.1f MB, peak of the heap pools while packing %.1f MB
                        self-assessment report (DOCX) after the packages %.0f ms
                        """, DOCUMENTS, KILOBYTES, uploads, bytes / 1048576.0, bytes,
                Runtime.getRuntime().maxMemory() / 1048576, runs, perPackage, bytes / 1048576.0 / perPackage,
                before / 1048576.0, peak / 1048576.0, report);
        System.out.print(result);
        Files.createDirectories(Path.of("bench/results"));
        Files.writeString(Path.of("bench/results/par-dossier.txt"), result);
    }

    private long pack(Fixture.Commune c, long id) throws Exception {
        ParDossiers.Package pack = packages.evidencePackage(c.appraiser(), id);
        try (Counting out = new Counting()) {
            EvidenceZip.write(pack.entries(), out);
            return out.count;
        }
    }

    /** Counts the bytes and keeps none of them, as a slow client's socket would not either. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
