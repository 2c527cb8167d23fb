package vn.cchc.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.planimport.source.SourceKind;
import vn.cchc.shared.InvalidInput;

/** The review form's rules: edits by row, merging a task into the one above, and problems named after rows. */
class ReviewFormTest {

    private static DraftTask task(String code, String title, String product, Long lead, int first, int last,
                                  Confidence confidence) {
        return new DraftTask("III", code, title, product, null, lead, null, List.of(), false, "Quý III", null,
                new LineSpan(first, last), confidence);
    }

    private static ReviewForm form() {
        ImportDraft draft = new ImportDraft(SourceKind.TEXT, List.of(), null, List.of(), List.of(), List.of(
                task("1", "Rà soát thủ tục", "Báo cáo", 7L, 10, 11, Confidence.HIGH),
                task("2", "và công bố kết quả", null, null, 12, 13, Confidence.MEDIUM),
                task("3", "Số hóa hồ sơ", "Dữ liệu", 8L, 14, 16, Confidence.HIGH)), List.of(), List.of());
        return ReviewForm.of(draft, 2026);
    }

    @Test
    void aRowMarkedMergeJoinsTheRowAboveWithTitlesProductsAndLinesTogether() {
        ReviewForm stored = form();
        ReviewForm posted = form();
        posted.getTasks().get(1).setMergeWithPrevious(true);
        stored.edit(posted);
        assertThat(stored.getTasks()).hasSize(2);
        TaskRow merged = stored.getTasks().get(0);
        assertThat(merged.getTitle()).isEqualTo("Rà soát thủ tục và công bố kết quả");
        assertThat(merged.getProduct()).isEqualTo("Báo cáo");
        assertThat(merged.getLeadUnitId()).isEqualTo(7L);
        assertThat(List.of(merged.firstLine(), merged.lastLine())).containsExactly(10, 13);
        assertThat(merged.confidence()).isEqualTo(Confidence.MEDIUM); // the less sure of the two
        assertThat(stored.getTasks().get(1).getCode()).isEqualTo("3");
    }

    @Test
    void withoutADocumentPeriodTheDraftTakesTheDefaultYearAsAnAnnualPlan() {
        ReviewForm f = form();
        assertThat(List.of(f.getPeriodCode(), f.getKind().name())).containsExactly("2026", "ANNUAL");
    }

    @Test
    void droppedRowsAreLeftOutAndAProblemOfTheSecondIncludedTaskNamesItsRowInTheReview() {
        ReviewForm f = form();
        f.getTasks().get(1).setInclude(false);
        f.getTasks().get(2).setAllOtherUnits(true);
        PlanForms forms = PlanForms.of(f, List.of(7L, 8L, 9L));
        assertThat(forms.tasks()).extracting(t -> t.getCode()).containsExactly("1", "3");
        // "all other units": every active unit but the lead (8) coordinates.
        assertThat(forms.tasks().get(1).getCoordinatorUnitIds()).containsExactly(7L, 9L);
        InvalidInput refused = forms.onReviewRows(new InvalidInput(List.of(
                new InvalidInput.Problem("tasks[1].leadUnitId", "validation.required", new Object[0]),
                new InvalidInput.Problem("title", "validation.required", new Object[0]))));
        assertThat(refused.problems()).extracting(InvalidInput.Problem::field)
                .containsExactly("tasks[2].leadUnitId", "title");
    }
}
