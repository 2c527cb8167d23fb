package vn.cchc.planimport.read;

import java.math.BigDecimal;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;

/**
 * A threshold found in a sentence: "đạt tối thiểu 95%" is PERCENT GE 95 "%"; "ít nhất 02 sáng kiến" is COUNT GE 2
 * "sáng kiến"; {@code start}/{@code end} locate the words it was read from in the sentence.
 */
public record Threshold(MetricKind metric, Comparator comparator, BigDecimal value, String unit, int start, int end) {
}
