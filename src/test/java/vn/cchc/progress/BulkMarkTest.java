package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.InvalidInput;

/** Marking several lines at once, for the September 2025 report read on 20/09/2025. */
class BulkMarkTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate END = LocalDate.of(2025, 9, 30);
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 20);

    private static Map<Long, List<InvalidInput.Problem>> mark(ItemStatus status, LocalDate on, Long... lines) {
        return BulkMark.problems(List.of(lines), status, on, START, END, TODAY);
    }

    private static String keyOf(Map<Long, List<InvalidInput.Problem>> problems, long line) {
        return problems.get(line).get(0).messageKey();
    }

    @Test
    void aDoneDateFromTheStartOfThePeriodToTodayIsAccepted() {
        assertThat(mark(ItemStatus.DONE, LocalDate.of(2025, 9, 1), 1L, 2L)).isEmpty();
        assertThat(mark(ItemStatus.DONE, TODAY, 1L)).isEmpty();
        assertThat(mark(ItemStatus.DONE, null, 1L)).isEmpty(); // empty date: today
    }

    @Test
    void aDoneDateInTheFutureOrOutsideThePeriodRefusesEveryChosenLineByName() {
        Map<Long, List<InvalidInput.Problem>> future = mark(ItemStatus.DONE, LocalDate.of(2025, 9, 21), 1L, 2L);
        assertThat(future).containsOnlyKeys(1L, 2L);
        assertThat(keyOf(future, 1)).isEqualTo("progress.mark.future");
        assertThat(future.get(1L).get(0).args()).containsExactly("21/09/2025");
        Map<Long, List<InvalidInput.Problem>> before = mark(ItemStatus.DONE, LocalDate.of(2025, 8, 31), 3L);
        assertThat(keyOf(before, 3)).isEqualTo("progress.mark.outsidePeriod");
        assertThat(before.get(3L).get(0).args()).containsExactly("31/08/2025", "01/09/2025", "30/09/2025");
        // A day after the period that is not after today (a report filed late) is outside the period too.
        assertThat(keyOf(BulkMark.problems(List.of(4L), ItemStatus.DONE, LocalDate.of(2025, 10, 2), START, END,
                LocalDate.of(2025, 10, 3)), 4)).isEqualTo("progress.mark.outsidePeriod");
    }

    @Test
    void inProgressIgnoresTheDate() {
        assertThat(mark(ItemStatus.IN_PROGRESS, LocalDate.of(2030, 1, 1), 1L)).isEmpty();
    }

    @Test
    void noLineOrAStatusNotOfferedIsRefusedForTheWholeBatch() {
        assertThatThrownBy(() -> mark(ItemStatus.DONE, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("progress.mark.noLines"));
        for (ItemStatus notOffered : new ItemStatus[] {ItemStatus.NOT_DONE, ItemStatus.DONE_LATE,
                ItemStatus.NOT_STARTED, null}) {
            assertThatThrownBy(() -> mark(notOffered, TODAY, 1L))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).messageKey())
                            .isEqualTo("progress.mark.status"));
        }
    }
}
