package vn.cchc.parindex;

import java.math.BigDecimal;
import java.time.Instant;

/** A frozen version of what the commune submitted (JSON content: every item with its scores and evidence). */
public record Snapshot(int versionNo, Instant submittedAt, String submittedBy, BigDecimal selfTotal, String content) {
}
