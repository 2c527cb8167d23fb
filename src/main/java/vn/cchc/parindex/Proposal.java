package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.Optional;

/** Points that live data proposes for a criterion, with the figure they came from (null for a count). */
record Proposal(BigDecimal points, BigDecimal figure) {

    /** The rule applied to a figure (ladders, proportional) or a count; empty when the data is missing. */
    static Optional<Proposal> of(ScoringRule rule, BigDecimal max, Optional<BigDecimal> figure, Integer count, int units) {
        if (rule instanceof ScoringRule.Ladder l) {
            return figure.map(f -> new Proposal(l.points(f), f));
        }
        if (rule instanceof ScoringRule.Proportional p) {
            return figure.map(f -> new Proposal(p.points(max, f), f));
        }
        if (rule instanceof ScoringRule.Count c && count != null) {
            return Optional.of(new Proposal(c.points(max, count, units), null));
        }
        return Optional.empty();
    }
}
