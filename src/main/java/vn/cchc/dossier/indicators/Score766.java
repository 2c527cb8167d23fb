package vn.cchc.dossier.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.dossier.ScoreCard;
import vn.cchc.dossier.ScoreLine;
import vn.cchc.dossier.ScoreRule;
import vn.cchc.shared.Ratio;

/**
 * Scores the 766 indicators (docs/reference/domain.md §2, docs/indicators.md) from a commune's figures. Each computed
 * indicator turns its counts into a rate; the rule gives points = min(max, max × rate ÷ full-marks rate), rounded to
 * 2 decimals; no denominator gives the rule's empty points. Indicators the commune cannot compute come from the
 * values it entered (rates 0–1 by code).
 */
public final class Score766 {

    private Score766() {
    }

    public static ScoreCard score(List<ScoreRule> rules, Figures766 figures, Map<String, BigDecimal> manualRates) {
        List<ScoreLine> lines = new ArrayList<>();
        for (ScoreRule rule : rules) {
            if (rule.manual()) {
                BigDecimal rate = manualRates.get(rule.code());
                lines.add(line(rule, rate, rate == null ? "" : percent(rate), rate == null));
            } else {
                Indicator766 indicator = Indicator766.ofCode(rule.code()).orElseThrow(
                        () -> new IllegalStateException("No formula for computed 766 indicator " + rule.code()));
                lines.add(computed(rule, indicator, indicator.ratio(figures)));
            }
        }
        return new ScoreCard(lines);
    }

    private static ScoreLine computed(ScoreRule rule, Indicator766 indicator, Ratio r) {
        if (!indicator.complement()) {
            return line(rule, r.rate(), r.defined() ? r.part() + "/" + r.whole() : "0/0", false);
        }
        // 5.4: 100% − (late share + share of dossiers rated "not satisfied" or complained about), never below 0.
        if (!r.defined()) {
            return line(rule, null, "", true);
        }
        BigDecimal rate = BigDecimal.ONE.subtract(r.rate()).max(BigDecimal.ZERO);
        return line(rule, rate, "1 − " + r.part() + "/" + r.whole(), false);
    }

    private static ScoreLine line(ScoreRule rule, BigDecimal rate, String basis, boolean missing) {
        BigDecimal points;
        if (rate == null) {
            points = rule.fullWhenEmpty() && !rule.manual() ? rule.maxPoints() : BigDecimal.ZERO;
        } else {
            points = rule.maxPoints().multiply(rate).divide(rule.fullAt(), 2, RoundingMode.HALF_UP).min(rule.maxPoints());
        }
        points = points.setScale(2, RoundingMode.HALF_UP);
        return new ScoreLine(rule, rate, basis, points, rule.maxPoints().subtract(points).setScale(2, RoundingMode.HALF_UP),
                missing && rule.manual());
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
