package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        SeedTableScore score = SeedTableScore.of(tsv, read(seed, docx).tasks());
        System.out.println(score.line("seed " + seed + (docx ? " DOCX" : " text")));
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
}
