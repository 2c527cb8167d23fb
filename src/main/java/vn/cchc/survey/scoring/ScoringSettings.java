package vn.cchc.survey.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A province's choice of aggregation. A code missing from a weight map weighs 1; a weight of 0 leaves that element
 * or part out of the index above it.
 *
 * @param satisfiedFrom the lowest answer counted as satisfied under {@link Aggregation#SHARE_SATISFIED} (2–5)
 * @param minSample     below this many respondents a figure is flagged as a small sample
 */
public record ScoringSettings(Aggregation method, int satisfiedFrom, Map<String, BigDecimal> elementWeights,
                              Map<String, BigDecimal> partWeights, int minSample) {

    public ScoringSettings {
        if (method == null) {
            throw new IllegalArgumentException("The aggregation method is required.");
        }
        if (satisfiedFrom < 2 || satisfiedFrom > 5) {
            throw new IllegalArgumentException("satisfiedFrom must be between 2 and 5, was " + satisfiedFrom + ".");
        }
        if (minSample < 1) {
            throw new IllegalArgumentException("minSample must be at least 1, was " + minSample + ".");
        }
        elementWeights = checkedWeights("element", elementWeights);
        partWeights = checkedWeights("part", partWeights);
    }

    /** Share of 4–5 answers, equal weights, at least 30 respondents: the default, inferred (see SatisfactionIndex). */
    public static ScoringSettings defaults() {
        return new ScoringSettings(Aggregation.SHARE_SATISFIED, 4, Map.of(), Map.of(), 30);
    }

    /** The weight of a code, 1 when the map does not name it. */
    BigDecimal elementWeight(String elementCode) {
        return elementWeights.getOrDefault(elementCode, BigDecimal.ONE);
    }

    BigDecimal partWeight(String partCode) {
        return partWeights.getOrDefault(partCode, BigDecimal.ONE);
    }

    private static Map<String, BigDecimal> checkedWeights(String level, Map<String, BigDecimal> weights) {
        if (weights == null) {
            return Map.of();
        }
        weights.forEach((code, weight) -> {
            if (code == null || weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException(
                        "The " + level + " weight of " + code + " must be a number of at least 0, was " + weight + ".");
            }
        });
        return Map.copyOf(weights);
    }
}
