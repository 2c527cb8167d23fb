package vn.cchc.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.pakn.PaknFigures;
import vn.cchc.shared.Ratio;

/**
 * Scores the 766 indicators (domain.md §2) from a commune's figures. Each computed indicator turns its counts into a
 * rate; the rule gives points = min(max, max × rate ÷ full-marks rate), rounded to 2 decimals; no denominator gives
 * the rule's empty points. Indicators the commune cannot compute come from the values it entered.
 */
final class Score766 {

    /** Everything a score card is computed from. */
    record Inputs(ServiceFigures dossiers, ProcedureCatalogue.CatalogueCounts catalogue, int onlineProceduresUsed,
                  int feeProceduresPaidOnline, PaknFigures pakn, Map<String, BigDecimal> manualRates) {
    }

    private Score766() {
    }

    static ScoreCard score(List<ScoreRule> rules, Inputs in) {
        List<ScoreLine> lines = new ArrayList<>();
        for (ScoreRule rule : rules) {
            if (rule.manual()) {
                BigDecimal rate = in.manualRates().get(rule.code());
                lines.add(line(rule, rate, rate == null ? "" : percent(rate), rate == null));
            } else {
                lines.add(computed(rule, in));
            }
        }
        return new ScoreCard(lines);
    }

    private static ScoreLine computed(ScoreRule rule, Inputs in) {
        ServiceFigures f = in.dossiers();
        ProcedureCatalogue.CatalogueCounts c = in.catalogue();
        return switch (rule.code()) {
            case "2.1" -> ratio(rule, f.onTimeShare());
            case "3.1" -> ratio(rule, new Ratio(c.online(), c.procedures()));
            case "3.2" -> ratio(rule, new Ratio(in.onlineProceduresUsed(), c.online()));
            case "3.3" -> ratio(rule, f.online());
            case "3.5a" -> ratio(rule, new Ratio(c.paymentIntegrated(), c.feeBearing()));
            case "3.5b" -> ratio(rule, new Ratio(in.feeProceduresPaidOnline(), c.feeBearing()));
            case "3.6" -> ratio(rule, f.onlinePayment());
            case "4.1" -> ratio(rule, f.electronicResults());
            case "4.2" -> ratio(rule, f.digitisation());
            case "4.3" -> ratio(rule, f.reuse());
            case "5.2" -> ratio(rule, in.pakn().handledOnTime());
            case "5.3" -> ratio(rule, in.pakn().satisfaction());
            case "5.4" -> satisfactionWithDossiers(rule, f, in.pakn());
            default -> throw new IllegalStateException("No formula for computed 766 indicator " + rule.code());
        };
    }

    /** 5.4: 100% − (late share + share of dossiers rated "not satisfied" or complained about in a PAKN item). */
    private static ScoreLine satisfactionWithDossiers(ScoreRule rule, ServiceFigures f, PaknFigures pakn) {
        long judged = f.judged();
        if (judged == 0) {
            return line(rule, null, "", true);
        }
        long unhappy = f.late() + f.openOverdue() + f.dissatisfied() + pakn.linkedDossiers();
        BigDecimal rate = BigDecimal.ONE.subtract(BigDecimal.valueOf(unhappy).divide(BigDecimal.valueOf(judged), 6, RoundingMode.HALF_UP))
                .max(BigDecimal.ZERO);
        return line(rule, rate, "1 − " + unhappy + "/" + judged, false);
    }

    private static ScoreLine ratio(ScoreRule rule, Ratio r) {
        return line(rule, r.rate(), r.defined() ? r.part() + "/" + r.whole() : "0/0", false);
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
