package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which text "copy last period's statement" puts where: by task, into empty fields only, the latest occurrence. */
class StatementCopyTest {

    private static final LocalDate AUG_24 = LocalDate.of(2025, 8, 24);
    private static final LocalDate JUL_24 = LocalDate.of(2025, 7, 24);
    private static final LocalDate SEP_24 = LocalDate.of(2025, 9, 24);

    private static StatementCopy.Text line(long id, long task, LocalDate due, String narrative, String reason) {
        return new StatementCopy.Text(id, task, due, narrative, reason);
    }

    @Test
    void copiesIntoEmptyFieldsOnlyAndNeverOverTypedText() {
        List<StatementCopy.Text> now = List.of(
                line(1, 10, SEP_24, null, null),          // empty: takes both texts
                line(2, 20, SEP_24, "Đã nhập tháng 9", null), // typed narrative kept, empty reason filled
                line(3, 30, SEP_24, "Có sẵn", "Có sẵn"),   // nothing empty: no fill
                line(4, 40, SEP_24, "   ", null));        // blank counts as empty
        List<StatementCopy.Text> last = List.of(
                line(101, 10, AUG_24, "Rà soát 12 TTHC", "Thiếu nhân sự"),
                line(102, 20, AUG_24, "Tháng 8", "Chờ kinh phí"),
                line(103, 30, AUG_24, "Tháng 8", "Lý do cũ"),
                line(104, 40, AUG_24, "Niêm yết", null));
        assertThat(StatementCopy.fills(now, last)).containsExactly(
                new StatementCopy.Fill(1, "Rà soát 12 TTHC", "Thiếu nhân sự"),
                new StatementCopy.Fill(2, null, "Chờ kinh phí"),
                new StatementCopy.Fill(4, "Niêm yết", null));
    }

    @Test
    void aTaskOnlyInOneOfTheReportsCopiesNothing() {
        assertThat(StatementCopy.fills(List.of(line(1, 10, SEP_24, null, null)),
                List.of(line(101, 99, AUG_24, "Nhiệm vụ khác", null)))).isEmpty();
        assertThat(StatementCopy.fills(List.of(line(1, 10, SEP_24, null, null)),
                List.of(line(101, 10, AUG_24, null, " ")))).isEmpty(); // the earlier line had no text
    }

    @Test
    void severalOccurrencesOfTheTaskInTheLastReportGiveTheLatestOnesText() {
        List<StatementCopy.Text> last = List.of(
                line(101, 10, AUG_24, "Tháng 8", null),
                line(100, 10, JUL_24, "Tháng 7 (còn mở)", null));
        assertThat(StatementCopy.fills(List.of(line(1, 10, SEP_24, null, null)), last))
                .containsExactly(new StatementCopy.Fill(1, "Tháng 8", null));
    }
}
