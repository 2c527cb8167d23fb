package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.SeedDocuments;
import vn.cchc.planimport.SeedDocuments.Seed;
import vn.cchc.planimport.source.DocxSource;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.TextSource;

/** The quality bar on the seeds' appendices, as pasted text and as generated DOCX with real tables. */
class AppendixTablesSeedTest {

    static final ReadContext CONTEXT = new ReadContext(List.of(), 2025, LocalDate.of(2025, 7, 1), List.of());

    static TableFindings read(Seed seed, boolean docx) {
        SourceDocument document = docx ? DocxSource.read(SeedDocuments.docx(seed))
                : TextSource.read(SeedDocuments.text(seed));
        return AppendixTables.read(document, CONTEXT);
    }

    private static SeedTableScore score(Seed seed, boolean docx, String tsv) {
        read(seed, docx); // warm up, then time the reading of the source and its tables
        long start = System.nanoTime();
        List<DraftTask> tasks = read(seed, docx).tasks();
        long micros = (System.nanoTime() - start) / 1000;
        SeedTableScore score = SeedTableScore.of(tsv, tasks);
        System.out.println(score.line("seed " + seed + (docx ? " DOCX" : " text")) + ", read in " + micros / 1000 + " ms");
        score.misses().forEach(m -> System.out.println("  " + m));
        return score;
    }

    @Test
    void seed001AsDocxFindsEveryTaskWithItsDeadlineAndTheLeadItsAssignmentNames() {
        SeedTableScore score = score(Seed.S001, true, "bac-nha-trang-2025-tasks.tsv");

        assertThat(score.found()).isEqualTo(51);
        assertThat(score.exactDeadline()).isEqualTo(51);
        assertThat(score.share(score.rightLead())).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void seed002AsDocxFindsEveryTaskWithItsLeadAndDeadline() {
        SeedTableScore score = score(Seed.S002, true, "an-nhon-dong-2025-tasks.tsv");

        assertThat(score.found()).isEqualTo(27);
        assertThat(score.exactDeadline()).isEqualTo(27);
        assertThat(score.rightLead()).isEqualTo(27);
    }

    @Test
    void seed001AsDocxSampleRowsAreReadExactly() {
        List<DraftTask> tasks = read(Seed.S001, true).tasks();
        DraftTask check = tasks.stream().filter(t -> "I".equals(t.areaCode()) && "3".equals(t.code())).findFirst().orElseThrow();

        assertThat(check.title()).isEqualTo("Kiểm tra nội bộ công tác CCHC năm 2025");
        assertThat(check.product()).isEqualTo("Kế hoạch kiểm tra của UBND phường; Báo cáo kết quả kiểm tra");
        assertThat(check.deadlinePhrase()).isEqualTo("Trong quý IV năm 2025");
        assertThat(check.leadText()).isEqualTo("Phòng Văn hóa – Xã hội");
        assertThat(check.coordinatorsText()).isEqualTo("Các phòng, ban chuyên môn");
        assertThat(check.allOtherUnits()).isTrue();
    }

    @Test
    void seed001AsPastedTextFindsItsTasksWithTheirDeadlinesAndLeads() {
        SeedTableScore score = score(Seed.S001, false, "bac-nha-trang-2025-tasks.tsv");

        assertThat(score.share(score.found())).isGreaterThanOrEqualTo(0.95);
        assertThat(score.share(score.exactDeadline())).isGreaterThanOrEqualTo(0.95);
        assertThat(score.share(score.rightLead())).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void seed002AsPastedTextFindsItsTasksWithTheirDeadlinesAndLeads() {
        SeedTableScore score = score(Seed.S002, false, "an-nhon-dong-2025-tasks.tsv");

        assertThat(score.share(score.found())).isGreaterThanOrEqualTo(0.95);
        assertThat(score.share(score.exactDeadline())).isGreaterThanOrEqualTo(0.95);
        assertThat(score.share(score.rightLead())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void seed002AppendixOneGivesEachTargetWithItsThresholdAsWrittenFromTextAndFromDocx() {
        for (boolean docx : new boolean[] {false, true}) {
            List<DraftTarget> targets = read(Seed.S002, docx).targets();
            List<String[]> expected = appendixOneTargets();
            int areas = 0;
            int thresholds = 0;
            for (int i = 0; i < Math.min(targets.size(), expected.size()); i++) {
                String raw = SeedDocuments.thresholdText002(expected.get(i));
                String text = targets.get(i).text();
                thresholds += raw.isEmpty() ? (text.contains(": ") ? 0 : 1) : (text.endsWith(": " + raw) ? 1 : 0);
                areas += expected.get(i)[0].equals(targets.get(i).areaCode()) ? 1 : 0;
            }
            System.out.printf("seed S002 %s appendix 1: targets %d/%d, threshold text as written %d, area %d%n",
                    docx ? "DOCX" : "text", targets.size(), expected.size(), thresholds, areas);

            assertThat(targets).hasSize(29);
            assertThat(thresholds).isEqualTo(29);
            assertThat(areas).isEqualTo(29);
            assertThat(targets.get(27).code()).isEqualTo("7.2.14");
            assertThat(targets.get(27).responsibleText()).startsWith("Trung tâm phục vụ hành");
        }
    }

    @Test
    void seed002AppendixOneThresholdsAreReadAsTheTranscriptionHasThem() {
        for (boolean docx : new boolean[] {false, true}) {
            List<DraftTarget> targets = read(Seed.S002, docx).targets();
            List<String[]> expected = appendixOneTargets();
            for (int i = 0; i < expected.size(); i++) {
                String[] row = expected.get(i);
                if (row[3].equals("PERCENT")) {
                    DraftTarget target = targets.get(i);
                    assertThat(target.metric()).as(row[1]).isEqualTo(MetricKind.PERCENT);
                    assertThat(target.comparator()).as(row[1]).isEqualTo(Comparator.valueOf(row[4]));
                    assertThat(target.threshold()).as(row[1]).isEqualByComparingTo(new BigDecimal(row[5]));
                }
            }
        }
    }

    /** Appendix 1's targets in the transcription, less 3.3 which the plan states in its prose (section II.2.3). */
    private static List<String[]> appendixOneTargets() {
        return SeedDocuments.tsv("an-nhon-dong-2025-targets.tsv").stream().filter(t -> !t[1].equals("3.3")).toList();
    }
}
