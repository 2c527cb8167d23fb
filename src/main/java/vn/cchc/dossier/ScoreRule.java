package vn.cchc.dossier;

import java.math.BigDecimal;

/**
 * One 766 indicator's scoring rule: full marks ({@code maxPoints}) once its rate reaches {@code fullAt}, in
 * proportion below; the points when nothing was there to measure; computed from the ledger or typed in.
 */
public record ScoreRule(String code, int group, String name, BigDecimal maxPoints, BigDecimal fullAt, boolean fullWhenEmpty,
                        boolean manual) {
}
