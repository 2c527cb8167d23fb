package vn.cchc.dossier;

import java.math.BigDecimal;

/**
 * An indicator on the 766 score card: the rate it reached (0–1, null when there was nothing to measure or nothing
 * entered), how it was reached ("191/200"), its points, and what reaching the full-marks rate would add.
 */
public record ScoreLine(ScoreRule rule, BigDecimal rate, String basis, BigDecimal points, BigDecimal gain,
                        boolean missing) {

    public BigDecimal ratePercent() {
        return rate == null ? null : rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
