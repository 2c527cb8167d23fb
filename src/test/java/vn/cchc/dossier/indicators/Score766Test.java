package vn.cchc.dossier.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dossier.ScoreCard;
import vn.cchc.dossier.ScoreLine;
import vn.cchc.dossier.ScoreRule;

/**
 * The 766 score (docs/reference/domain.md §2, weights as in docs/indicators.md) on one set of figures worked out by
 * hand: points = min(max, max × rate ÷ full-marks rate), 2 decimals, rate = part ÷ whole rounded to 6 decimals.
 */
class Score766Test {

    /** 200 dossiers judged (191 in time, 9 late or overdue, 5 rated unhappy); 180 received; 150 finished. */
    static final Figures766 FIGURES = new Figures766(
            new Figures766.Dossiers(200, 191, 9, 5, 180, 60, 0, 0, 150, 120, 60, 30),
            new Figures766.Catalogue(40, 12, 9, 10, 4, 2),
            new Figures766.Pakn(0, 0, 8, 6, 6));

    static final List<ScoreRule> RULES = List.of(
            rule("1.1", 6, "1", false, true), rule("1.2", 4, "1", false, true),
            rule("2.1", 20, "1", false, false),
            rule("3.1", 2, "0.8", false, false), rule("3.2", 4, "1", false, false), rule("3.3", 6, "0.5", false, false),
            rule("3.5a", 2, "0.8", false, false), rule("3.5b", 2, "0.8", false, false), rule("3.6", 6, "1", false, false),
            rule("4.1", 6, "1", false, false), rule("4.2", 4, "1", false, false), rule("4.3", 2, "0.8", false, false),
            rule("5.2", 6, "1", true, false), rule("5.3", 6, "1", true, false), rule("5.4", 6, "0.9", false, false));

    static ScoreRule rule(String code, int max, String fullAt, boolean fullWhenEmpty, boolean manual) {
        return new ScoreRule(code, Integer.parseInt(code.substring(0, 1)), "Chỉ số " + code, BigDecimal.valueOf(max),
                new BigDecimal(fullAt), fullWhenEmpty, manual);
    }

    private final ScoreCard card = Score766.score(RULES, FIGURES, Map.of("1.1", new BigDecimal("0.5")));

    @ParameterizedTest(name = "{0}: {1} → {2} points")
    @CsvSource(delimiter = '|', textBlock = """
            # code | basis      | points | how, by hand
            1.1    | 50%        | 3.00   | entered 50% × 6 ÷ 100%
            1.2    | ''         | 0.00   | nothing entered: no points, marked missing
            2.1    | 191/200    | 19.10  | 0.955 × 20
            3.1    | 12/40      | 0.75   | 0.3 × 2 ÷ 0.8
            3.2    | 9/12       | 3.00   | 0.75 × 4
            3.3    | 60/180     | 4.00   | 0.333333 × 6 ÷ 0.5 = 3.999996
            3.5a   | 4/10       | 1.00   | 0.4 × 2 ÷ 0.8
            3.5b   | 2/10       | 0.50   | 0.2 × 2 ÷ 0.8
            3.6    | 0/0        | 0.00   | no fee-bearing dossier; empty gives zero
            4.1    | 120/150    | 4.80   | 0.8 × 6
            4.2    | 60/180     | 1.33   | 0.333333 × 4 = 1.333332
            4.3    | 30/180     | 0.42   | 0.166667 × 2 ÷ 0.8 = 0.4166675
            5.2    | 0/0        | 6.00   | no PAKN item handled; empty gives full marks
            5.3    | 6/8        | 4.50   | 0.75 × 6
            5.4    | 1 − 20/200 | 6.00   | unhappy 9 + 5 + 6 = 20; 1 − 0.1 = 0.9 × 6 ÷ 0.9
            """)
    void scoresEachIndicatorByItsRule(String code, String basis, BigDecimal points) {
        ScoreLine line = card.lines().stream().filter(l -> l.rule().code().equals(code)).findFirst().orElseThrow();

        assertThat(line.basis()).isEqualTo(basis);
        assertThat(line.points()).isEqualTo(points);
        assertThat(line.gain()).isEqualTo(line.rule().maxPoints().subtract(points).setScale(2));
        assertThat(line.missing()).isEqualTo(code.equals("1.2"));
    }

    @Test
    void totalIsTheSumOfTheLines() {
        // 3 + 0 + 19.10 + 0.75 + 3 + 4 + 1 + 0.5 + 0 + 4.8 + 1.33 + 0.42 + 6 + 4.5 + 6
        assertThat(card.total()).isEqualByComparingTo("54.40");
        // 6 + 4 + 20 + 2 + 4 + 6 + 2 + 2 + 6 + 6 + 4 + 2 + 6 + 6 + 6
        assertThat(card.max()).isEqualByComparingTo("82");
    }

    @Test
    void aRateAboveFullMarksEarnsNoMoreThanTheMaximum() {
        Figures766 allOnline = new Figures766(new Figures766.Dossiers(10, 10, 0, 0, 10, 9, 0, 0, 0, 0, 0, 0),
                new Figures766.Catalogue(0, 0, 0, 0, 0, 0), new Figures766.Pakn(0, 0, 0, 0, 0));

        // 3.3: 0.9 × 6 ÷ 0.5 = 10.8, capped at 6
        ScoreCard c = Score766.score(List.of(rule("3.3", 6, "0.5", false, false)), allOnline, Map.of());

        assertThat(c.total()).isEqualByComparingTo("6.00");
    }

    @Test
    void dossierSatisfactionNeverGoesBelowZeroAndIsMissingWithoutJudgedDossiers() {
        // 5.4: 12 unhappy of 10 judged would be 1 − 1.2 < 0: rate 0, no points
        Figures766 unhappy = new Figures766(new Figures766.Dossiers(10, 0, 10, 2, 0, 0, 0, 0, 0, 0, 0, 0),
                new Figures766.Catalogue(0, 0, 0, 0, 0, 0), new Figures766.Pakn(0, 0, 0, 0, 0));
        Figures766 none = new Figures766(new Figures766.Dossiers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new Figures766.Catalogue(0, 0, 0, 0, 0, 0), new Figures766.Pakn(0, 0, 0, 0, 0));
        List<ScoreRule> rules = List.of(rule("5.4", 6, "0.9", false, false));

        assertThat(Score766.score(rules, unhappy, Map.of()).lines().get(0).rate()).isEqualByComparingTo("0");
        assertThat(Score766.score(rules, unhappy, Map.of()).total()).isEqualByComparingTo("0");
        assertThat(Score766.score(rules, none, Map.of()).lines().get(0).basis()).isEmpty();
        assertThat(Score766.score(rules, none, Map.of()).total()).isEqualByComparingTo("0");
    }

    @Test
    void aComputedRuleWithoutAFormulaIsRefused() {
        assertThatThrownBy(() -> Score766.score(List.of(rule("9.9", 1, "1", false, false)), FIGURES, Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
