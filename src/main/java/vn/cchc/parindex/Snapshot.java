package vn.cchc.parindex;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A frozen version of what the commune submitted (JSON content: every item with its scores and evidence). */
public record Snapshot(int versionNo, Instant submittedAt, String submittedBy, BigDecimal selfTotal, String content) {

    /** Every criterion as it was submitted. */
    public List<SnapshotItem> items() {
        return FrozenSnapshots.contentOf(this);
    }
}
