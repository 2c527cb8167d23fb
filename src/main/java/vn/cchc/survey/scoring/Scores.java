package vn.cchc.survey.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One index before rounding, with each respondent's own score on the same footing (for the margin of error) and the
 * number of answers behind it. Intermediate values keep 34 significant digits; only the figure is rounded.
 */
record Scores(BigDecimal index, Map<Long, BigDecimal> byRespondent, long answers) {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal Z_95 = new BigDecimal("1.96");
    static final Scores NONE = new Scores(null, Map.of(), 0);

    /** A child index with its weight in the index above it. */
    record Weighted(Scores scores, BigDecimal weight) {
    }

    /** An element: the index over all its answers; each respondent's score over their own answers. */
    static Scores ofAnswers(List<Answer> answers, ScoringSettings settings) {
        if (answers.isEmpty()) {
            return NONE;
        }
        Map<Long, List<Integer>> values = new LinkedHashMap<>();
        answers.forEach(a -> values.computeIfAbsent(a.responseId(), id -> new ArrayList<>()).add(a.value()));
        Map<Long, BigDecimal> byRespondent = new LinkedHashMap<>();
        values.forEach((id, own) -> byRespondent.put(id, index(own, settings)));
        return new Scores(index(answers.stream().map(Answer::value).toList(), settings), byRespondent, answers.size());
    }

    /**
     * A part or the overall index: the weighted mean of the children that have answers and a weight above 0, the
     * remaining weights renormalised; each respondent likewise over the children they answered.
     */
    static Scores weightedMean(List<Weighted> children) {
        List<Weighted> counted = children.stream()
                .filter(c -> c.weight().signum() > 0 && c.scores().answers() > 0).toList();
        if (counted.isEmpty()) {
            return NONE;
        }
        Map<Long, BigDecimal[]> sums = new LinkedHashMap<>(); // respondent → {Σ weight × score, Σ weight}
        for (Weighted child : counted) {
            child.scores().byRespondent().forEach((id, score) -> {
                BigDecimal[] sum = sums.computeIfAbsent(id, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(child.weight().multiply(score));
                sum[1] = sum[1].add(child.weight());
            });
        }
        Map<Long, BigDecimal> byRespondent = new LinkedHashMap<>();
        sums.forEach((id, sum) -> byRespondent.put(id, sum[0].divide(sum[1], PRECISION)));
        BigDecimal weighted = counted.stream().map(c -> c.weight().multiply(c.scores().index()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weights = counted.stream().map(Weighted::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        long answers = counted.stream().mapToLong(c -> c.scores().answers()).sum();
        return new Scores(weighted.divide(weights, PRECISION), byRespondent, answers);
    }

    Figure figure(int minSample) {
        long respondents = byRespondent.size();
        BigDecimal percent = index == null ? null : index.setScale(2, RoundingMode.HALF_UP);
        return new Figure(percent, respondents, answers, marginOfError(byRespondent.values()), respondents < minSample);
    }

    /** 1.96 × s ÷ √n, s the sample (n − 1) standard deviation of the respondents' scores; null below 2. */
    static BigDecimal marginOfError(Collection<BigDecimal> scores) {
        int n = scores.size();
        if (n < 2) {
            return null;
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal mean = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, PRECISION);
        BigDecimal squares = scores.stream().map(x -> x.subtract(mean).pow(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal varianceOfMean = squares.divide(BigDecimal.valueOf(n - 1L), PRECISION).divide(count, PRECISION);
        return Z_95.multiply(varianceOfMean.sqrt(PRECISION)).setScale(2, RoundingMode.HALF_UP);
    }

    /** SHARE_SATISFIED: satisfied answers ÷ answers × 100; MEAN_OVER_5: Σ values ÷ (5 × answers) × 100. */
    private static BigDecimal index(List<Integer> values, ScoringSettings settings) {
        BigDecimal count = BigDecimal.valueOf(values.size());
        long points = settings.method() == Aggregation.SHARE_SATISFIED
                ? values.stream().filter(v -> v >= settings.satisfiedFrom()).count() * 100L
                : values.stream().mapToLong(Integer::longValue).sum() * 20L;
        return BigDecimal.valueOf(points).divide(count, PRECISION);
    }
}
