package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.progress.ReportVersionRepository.VersionItem;
import vn.cchc.progress.VersionDiff.Field;
import vn.cchc.progress.VersionDiff.Kind;

/** What a resubmission changed since the returned version, worked out by hand line by line. */
class VersionDiffTest {

    private static final LocalDate AUG_24 = LocalDate.of(2025, 8, 24);
    private static final LocalDate SEP_24 = LocalDate.of(2025, 9, 24);

    private static VersionItem item(long id, long task, LocalDate due, ItemStatus status, Integer percent,
                                    String quantity, String narrative, String reason, LocalDate completedOn) {
        return new VersionItem(id, task, "T" + task, "Nhiệm vụ " + task, due, ObligationRole.LEAD, status, percent,
                quantity == null ? null : new BigDecimal(quantity), narrative, reason, completedOn);
    }

    @Test
    void eachChangedFieldOfALineIsNamedAndUnchangedLinesAreLeftOut() {
        List<VersionItem> returned = List.of(
                item(1, 10, AUG_24, ItemStatus.IN_PROGRESS, 50, "5", "Đang rà soát", null, null),
                item(2, 20, AUG_24, ItemStatus.DONE, 100, "3", "Xong", null, LocalDate.of(2025, 8, 10)),
                item(3, 30, null, ItemStatus.NOT_STARTED, null, null, null, null, null));
        List<VersionItem> resubmitted = List.of(
                item(11, 10, AUG_24, ItemStatus.DONE, 100, "5.00", "Đang rà soát", null, LocalDate.of(2025, 8, 20)),
                item(12, 20, AUG_24, ItemStatus.DONE, 100, "3", "Xong: 12 TTHC", null, LocalDate.of(2025, 8, 10)),
                item(13, 30, null, ItemStatus.NOT_STARTED, null, null, null, null, null));
        List<VersionDiff.LineChange> changes = VersionDiff.between(returned, resubmitted);
        assertThat(changes).hasSize(2);
        // Line 10: status, percent and date moved; 5 and 5.00 are the same quantity; the text is the same.
        assertThat(changes.get(0).kind()).isEqualTo(Kind.CHANGED);
        assertThat(changes.get(0).line().taskId()).isEqualTo(10);
        assertThat(changes.get(0).fields()).isEqualTo(Set.of(Field.STATUS, Field.PERCENT, Field.COMPLETED_ON));
        assertThat(changes.get(0).before().status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(changes.get(0).after().status()).isEqualTo(ItemStatus.DONE);
        assertThat(changes.get(1).fields()).isEqualTo(Set.of(Field.NARRATIVE));
        assertThat(changes.get(1).changed("NARRATIVE")).isTrue();
        assertThat(changes.get(1).changed("STATUS")).isFalse();
    }

    @Test
    void linesAreMatchedByTaskAndOccurrenceSoAnotherOccurrenceIsAddedAndTheOldOneRemoved() {
        List<VersionItem> returned = List.of(
                item(1, 10, AUG_24, ItemStatus.IN_PROGRESS, null, null, null, null, null),
                item(2, 20, AUG_24, ItemStatus.IN_PROGRESS, null, null, "Giữ nguyên", null, null));
        List<VersionItem> resubmitted = List.of(
                item(12, 20, AUG_24, ItemStatus.IN_PROGRESS, null, null, "Giữ nguyên", null, null),
                item(13, 10, SEP_24, ItemStatus.NOT_STARTED, null, null, null, null, null),
                item(14, 40, null, ItemStatus.NOT_STARTED, null, null, null, null, null));
        List<VersionDiff.LineChange> changes = VersionDiff.between(returned, resubmitted);
        assertThat(changes).extracting(VersionDiff.LineChange::kind, c -> c.line().taskId(),
                        c -> c.line().occurrenceDue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, 10L, SEP_24),
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, 40L, null),
                        org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, 10L, AUG_24));
        assertThat(changes.get(0).before()).isNull();
        assertThat(changes.get(2).after()).isNull();
    }

    @Test
    void anIdenticalResubmissionChangesNothing() {
        List<VersionItem> same = List.of(item(1, 10, AUG_24, ItemStatus.DONE, 100, "2", "Xong", null, AUG_24));
        assertThat(VersionDiff.between(same, List.of(item(9, 10, AUG_24, ItemStatus.DONE, 100, "2.0", "Xong", null,
                AUG_24)))).isEmpty();
    }
}
