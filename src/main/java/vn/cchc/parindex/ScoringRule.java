package vn.cchc.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A leaf criterion's scoring rule, parsed from its method and rule text (see {@link RuleParser} for the notation).
 * Points never exceed the criterion's maximum.
 */
public sealed interface ScoringRule {

    ScoringMethod method();

    /** Any points from 0 to the maximum, or only the values of {@code scale} when it is not empty. */
    record Manual(List<BigDecimal> scale) implements ScoringRule {
        public ScoringMethod method() {
            return ScoringMethod.MANUAL;
        }

        public boolean allows(BigDecimal points) {
            return scale.isEmpty() || scale.stream().anyMatch(s -> s.compareTo(points) == 0);
        }
    }

    record YesNo() implements ScoringRule {
        public ScoringMethod method() {
            return ScoringMethod.YESNO;
        }
    }

    /** The first step whose comparison holds gives its points; none → {@code otherwise}. */
    record Ladder(FigureSource source, List<Step> steps, BigDecimal otherwise) implements ScoringRule {
        public ScoringMethod method() {
            return ScoringMethod.LADDER;
        }

        public BigDecimal points(BigDecimal figure) {
            return steps.stream().filter(s -> s.holdsFor(figure)).map(Step::points).findFirst().orElse(otherwise);
        }

        /** The step above the one the figure reaches, if any: what to aim at next. */
        public java.util.Optional<Step> nextStep(BigDecimal figure) {
            BigDecimal now = points(figure);
            Step next = null;
            for (Step s : steps) {
                if (s.points().compareTo(now) > 0) {
                    next = s;
                }
            }
            return java.util.Optional.ofNullable(next);
        }
    }

    record Step(String comparator, BigDecimal threshold, BigDecimal points) {
        boolean holdsFor(BigDecimal figure) {
            int c = figure.compareTo(threshold);
            return switch (comparator) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                default -> c == 0;
            };
        }
    }

    /** max × figure / fullAt, capped at max, rounded to 2 decimals. */
    record Proportional(FigureSource source, BigDecimal fullAt) implements ScoringRule {
        public ScoringMethod method() {
            return ScoringMethod.PROPORTIONAL;
        }

        public BigDecimal points(BigDecimal max, BigDecimal figure) {
            if (figure.compareTo(fullAt) >= 0) {
                return max;
            }
            return max.multiply(figure.max(BigDecimal.ZERO)).divide(fullAt, 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * At least {@code min} items (times the commune's active units when {@code perUnit}); short of it, nothing, or a
     * proportional share when {@code partial}. The count is the unit's own, or read from {@code source} (a register's
     * count indicator, e.g. recognised initiatives) when the rule names one; null source: typed by the unit.
     */
    record Count(int min, boolean perUnit, boolean partial, FigureSource source) implements ScoringRule {
        public ScoringMethod method() {
            return ScoringMethod.COUNT;
        }

        public int required(int units) {
            return perUnit ? min * Math.max(units, 1) : min;
        }

        public BigDecimal points(BigDecimal max, int count, int units) {
            int required = required(units);
            if (count >= required) {
                return max;
            }
            return partial ? max.multiply(BigDecimal.valueOf(count)).divide(BigDecimal.valueOf(required), 2,
                    RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
        }
    }

    record Survey() implements ScoringRule {
        public ScoringMethod method() {
            return ScoringMethod.SURVEY;
        }
    }
}
