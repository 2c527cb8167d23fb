package vn.cchc.parindex;

import java.math.BigDecimal;

/** Points that live data proposes for a criterion, with the figure they came from (null for a count). */
public record Proposal(BigDecimal points, BigDecimal figure) {
}
