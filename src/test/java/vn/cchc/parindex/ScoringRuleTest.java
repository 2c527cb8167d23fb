package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring notation and its arithmetic, figure by figure (hand-computed). */
class ScoringRuleTest {

    private final RuleParser parser = new RuleParser(Set.of("ON_TIME_RATE", "ONLINE_RATE"));

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private ScoringRule parse(ScoringMethod m, String rule, String max) throws RuleParser.Problem {
        return parser.parse(m, rule, n(max));
    }

    @Test
    void aLadderGivesTheFirstStepTheFigureReachesElseTheRest() throws Exception {
        ScoringRule.Ladder ladder = (ScoringRule.Ladder) parse(ScoringMethod.LADDER,
                "indicator:ON_TIME_RATE; >=99:4; >=95:2; else:0", "4");
        assertThat(ladder.points(n("100"))).isEqualByComparingTo("4");
        assertThat(ladder.points(n("99"))).isEqualByComparingTo("4");
        assertThat(ladder.points(n("98.99"))).isEqualByComparingTo("2");
        assertThat(ladder.points(n("95"))).isEqualByComparingTo("2");
        assertThat(ladder.points(n("94.9"))).isEqualByComparingTo("0");
        assertThat(ladder.nextStep(n("96")).orElseThrow().threshold()).isEqualByComparingTo("99");
        assertThat(ladder.nextStep(n("99.5"))).isEmpty();
    }

    @Test
    void aLadderOnALowerIsBetterFigureReadsDecimalCommasAndUnicodeSigns() throws Exception {
        ScoringRule.Ladder late = (ScoringRule.Ladder) parse(ScoringMethod.LADDER, "indicator:on_time_rate; ≤0,5:2; <2:1", "2");
        assertThat(late.points(n("0.5"))).isEqualByComparingTo("2");
        assertThat(late.points(n("1.99"))).isEqualByComparingTo("1");
        assertThat(late.points(n("2"))).isEqualByComparingTo("0");
    }

    @Test
    void proportionalScoringIsCappedAtFullPointsAndRoundedToTwoDecimals() throws Exception {
        ScoringRule.Proportional p = (ScoringRule.Proportional) parse(ScoringMethod.PROPORTIONAL,
                "indicator:ONLINE_RATE; full:70", "3");
        assertThat(p.points(n("3"), n("35"))).isEqualByComparingTo("1.50");
        assertThat(p.points(n("3"), n("54.85"))).isEqualByComparingTo("2.35"); // 3 × 54,85 / 70 = 2,3507
        assertThat(p.points(n("3"), n("70"))).isEqualByComparingTo("3");
        assertThat(p.points(n("3"), n("95"))).isEqualByComparingTo("3");
    }

    @Test
    void aCountPerUnitNeedsEveryUnitAndAPartialCountScoresInProportion() throws Exception {
        ScoringRule.Count perUnit = (ScoringRule.Count) parse(ScoringMethod.COUNT, "min:1; per-unit", "2");
        assertThat(perUnit.points(n("2"), 4, 5)).isEqualByComparingTo("0");
        assertThat(perUnit.points(n("2"), 5, 5)).isEqualByComparingTo("2");
        ScoringRule.Count articles = (ScoringRule.Count) parse(ScoringMethod.COUNT, "min:12; partial", "1");
        assertThat(articles.points(n("1"), 9, 5)).isEqualByComparingTo("0.75");
        assertThat(CriterionScoring.proposal(articles, n("1"), Optional.empty(), null, 5)).isEmpty();
        assertThat(articles.source()).isNull();
        ScoringRule.Count fromRegister = (ScoringRule.Count) parse(ScoringMethod.COUNT, "indicator:online_rate; min:2", "1");
        assertThat(fromRegister.source()).isEqualTo(FigureSource.indicator("ONLINE_RATE"));
        assertThat(CriterionScoring.figureSource(fromRegister)).contains(FigureSource.indicator("ONLINE_RATE"));
    }

    @Test
    void aManualScaleAllowsOnlyItsValues() throws Exception {
        ScoringRule.Manual scale = (ScoringRule.Manual) parse(ScoringMethod.MANUAL, "scale:0|1,5|3", "3");
        assertThat(scale.allows(n("1.50"))).isTrue();
        assertThat(scale.allows(n("2"))).isFalse();
        assertThat(((ScoringRule.Manual) parse(ScoringMethod.MANUAL, "", "3")).allows(n("2.25"))).isTrue();
    }

    @Test
    void rulesThatCannotBeReadAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> parse(ScoringMethod.LADDER, "indicator:ON_TIME_RATE; >=99:5", "4"))
                .hasFieldOrPropertyWithValue("key", "parindex.rule.pointsAboveMax");
        assertThatThrownBy(() -> parse(ScoringMethod.LADDER, "indicator:NO_SUCH; >=99:4", "4"))
                .hasFieldOrPropertyWithValue("key", "parindex.rule.indicator");
        assertThatThrownBy(() -> parse(ScoringMethod.LADDER, "indicator:ON_TIME_RATE; 99:4", "4"))
                .hasFieldOrPropertyWithValue("key", "parindex.rule.step");
        assertThatThrownBy(() -> parse(ScoringMethod.PROPORTIONAL, "indicator:ONLINE_RATE", "3"))
                .hasFieldOrPropertyWithValue("key", "parindex.rule.proportional");
        assertThatThrownBy(() -> parse(ScoringMethod.COUNT, "min:0", "1"))
                .hasFieldOrPropertyWithValue("key", "parindex.rule.count");
        assertThatThrownBy(() -> parse(ScoringMethod.COUNT, "indicator:NO_SUCH; min:2", "1"))
                .hasFieldOrPropertyWithValue("key", "parindex.rule.indicator");
        assertThatThrownBy(() -> parse(ScoringMethod.COUNT, "indicator:ONLINE_RATE; indicator:ON_TIME_RATE; min:2", "1"))
                .hasFieldOrPropertyWithValue("key", "parindex.rule.count");
        assertThatThrownBy(() -> parse(ScoringMethod.MANUAL, "scale:0|4", "3"))
                .hasFieldOrPropertyWithValue("key", "parindex.rule.pointsAboveMax");
    }

    @Test
    void gradesComeFromTheSetsConfiguration() {
        Grading g = Grading.parse("A:90;B:80;C:0");
        assertThat(g.of(n("90"))).isEqualTo("A");
        assertThat(g.of(n("89.99"))).isEqualTo("B");
        assertThat(g.of(n("79.7"))).isEqualTo("C");
        assertThatThrownBy(() -> Grading.parse("A:90;B:80")).isInstanceOf(IllegalArgumentException.class);
    }
}
