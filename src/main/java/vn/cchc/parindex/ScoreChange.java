package vn.cchc.parindex;

import java.math.BigDecimal;
import java.time.Instant;

/** One audited score change: which criterion, self or appraised, old → new, why, who and when. */
public record ScoreChange(String criterionCode, String kind, BigDecimal oldPoints, BigDecimal newPoints, String reason,
                          String by, Instant at) {
}
