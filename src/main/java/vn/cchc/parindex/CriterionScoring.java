package vn.cchc.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.cchc.plan.TaskStatus;

/**
 * The PAR criterion point rules in one place: which points a criterion accepts, what live data or a count proposes,
 * and the share of linked tasks done on time that task-scored criteria read (docs/reference/domain.md §1.3). Pure: no
 * Spring, no database; {@link LiveFigures} reads the data and hands it here.
 */
public final class CriterionScoring {

    private CriterionScoring() {
    }

    /** Why points were refused, as a message key with its arguments. */
    public record Problem(String key, Object... args) {
    }

    /**
     * Points a criterion accepts: from 0 to its maximum with at most two decimals; a yes/no criterion 0 or full; a
     * manual scale one of its values. A survey criterion (scored by the province) takes any points within the maximum.
     */
    public static Optional<Problem> checkPoints(ScoringRule rule, BigDecimal max, BigDecimal points) {
        String maxText = max.stripTrailingZeros().toPlainString();
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            return Optional.of(new Problem("parindex.points.range", maxText));
        }
        if (points.scale() > 2 && points.stripTrailingZeros().scale() > 2) {
            return Optional.of(new Problem("parindex.points.decimals"));
        }
        if (rule instanceof ScoringRule.YesNo && points.signum() != 0 && points.compareTo(max) != 0) {
            return Optional.of(new Problem("parindex.points.yesNo", maxText));
        }
        if (rule instanceof ScoringRule.Manual m && !m.allows(points)) {
            return Optional.of(new Problem("parindex.points.scale",
                    String.join("; ", m.scale().stream().map(v -> v.stripTrailingZeros().toPlainString()).toList())));
        }
        return Optional.empty();
    }

    /** The figure a computed criterion reads (ladders, proportional, a count from an indicator), if it reads one. */
    public static Optional<FigureSource> figureSource(ScoringRule rule) {
        if (rule instanceof ScoringRule.Ladder l) {
            return Optional.of(l.source());
        }
        if (rule instanceof ScoringRule.Count c) {
            return Optional.ofNullable(c.source());
        }
        return rule instanceof ScoringRule.Proportional p ? Optional.of(p.source()) : Optional.empty();
    }

    /** The rule applied to a figure (ladders, proportional) or a count; empty when the data is missing. */
    public static Optional<Proposal> proposal(ScoringRule rule, BigDecimal max, Optional<BigDecimal> figure,
                                              Integer count, int units) {
        if (rule instanceof ScoringRule.Ladder l) {
            return figure.map(f -> new Proposal(l.points(f), f));
        }
        if (rule instanceof ScoringRule.Proportional p) {
            return figure.map(f -> new Proposal(p.points(max, f), f));
        }
        if (rule instanceof ScoringRule.Count c && c.source() != null) {
            // a count read from a register: whole items only
            return figure.map(f -> new Proposal(c.points(max, f.setScale(0, RoundingMode.FLOOR).intValue(), units), f));
        }
        if (rule instanceof ScoringRule.Count c && count != null) {
            return Optional.of(new Proposal(c.points(max, count, units), null));
        }
        return Optional.empty();
    }

    /** A linked task counts as done on time unless it is overdue or was done late. */
    public static boolean onTime(TaskStatus status) {
        return status != TaskStatus.OVERDUE && status != TaskStatus.DONE_LATE;
    }

    /** The share of linked tasks on time, in %, one decimal; empty without linked tasks. */
    public static Optional<BigDecimal> taskShare(List<TaskStatus> linked) {
        return linked.isEmpty() ? Optional.empty() : Optional.of(taskShare(linked.stream().filter(
                CriterionScoring::onTime).count(), linked.size()));
    }

    /** {@code onTime} of {@code linked} tasks in %, one decimal (HALF_UP). */
    public static BigDecimal taskShare(long onTime, int linked) {
        return BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(linked), 1, RoundingMode.HALF_UP);
    }

    /** Two scores are the same points when both are absent or equal in value (2 and 2.0 are the same). */
    static boolean samePoints(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
