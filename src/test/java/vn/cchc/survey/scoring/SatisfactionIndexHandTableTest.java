package vn.cchc.survey.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fixed table, every figure computed by hand. Part P1 = elements E1 (items i1, i2, weight 2) and E2 (item i3,
 * weight 1); part P2 = element E3 (item i4). Part weights P1 = 1, P2 = 3.
 * <pre>
 *        i1 i2 | i3 | i4
 *   r1    5  4 |  3 |  5
 *   r2    3  2 |  4 |  4
 *   r3    4  5 |  5 |  2
 *   r4    1  4 |  - |  5      (r4 skipped i3: E2 drops out of r4's own P1 score)
 * </pre>
 * Margin = 1.96 × √(s² / n), s² = Σ(x − mean)² / (n − 1) over the respondents' own scores.
 */
class SatisfactionIndexHandTableTest {

    static final List<ScoredItem> ITEMS = List.of(
            new ScoredItem("i1", "E1", "P1"), new ScoredItem("i2", "E1", "P1"),
            new ScoredItem("i3", "E2", "P1"), new ScoredItem("i4", "E3", "P2"));
    static final List<Answer> TABLE = List.of(
            new Answer(1, "i1", 5), new Answer(1, "i2", 4), new Answer(1, "i3", 3), new Answer(1, "i4", 5),
            new Answer(2, "i1", 3), new Answer(2, "i2", 2), new Answer(2, "i3", 4), new Answer(2, "i4", 4),
            new Answer(3, "i1", 4), new Answer(3, "i2", 5), new Answer(3, "i3", 5), new Answer(3, "i4", 2),
            new Answer(4, "i1", 1), new Answer(4, "i2", 4), new Answer(4, "i4", 5));
    static final Map<String, BigDecimal> ELEMENT_WEIGHTS = Map.of("E1", new BigDecimal("2"));
    static final Map<String, BigDecimal> PART_WEIGHTS = Map.of("P2", new BigDecimal("3"));

    static ScoringSettings settings(Aggregation method, Map<String, BigDecimal> partWeights, int minSample) {
        return new ScoringSettings(method, 4, ELEMENT_WEIGHTS, partWeights, minSample);
    }

    @Test
    void shareOfSatisfiedAnswersWithUnequalWeights() {
        var result = SatisfactionIndex.compute(ITEMS, TABLE, settings(Aggregation.SHARE_SATISFIED, PART_WEIGHTS, 4));

        // E1: 5 4 3 2 4 5 1 4 → 5 of 8 are ≥ 4 = 62.50. Own: r1 100, r2 0, r3 100, r4 50; mean 62.5,
        // squares 37.5² + 62.5² + 37.5² + 12.5² = 6875, s² = 6875/3, s²/4 = 572.92, √ = 23.9357, × 1.96 = 46.91.
        assertFigure(result.elements().get("E1"), "62.50", 4, 8, "46.91");
        // E2: 3 4 5 → 2/3 = 66.67. Own: 0, 100, 100; mean 200/3, squares (40000 + 10000 + 10000)/9,
        // s² = 10000/3, s²/3 = 10000/9, √ = 100/3, × 1.96 = 65.333 → 65.33.
        assertFigure(result.elements().get("E2"), "66.67", 3, 3, "65.33");
        // E3: 5 4 2 5 → 3/4 = 75.00. Own: 100 100 0 100; mean 75, squares 625×3 + 5625 = 7500, s² = 2500,
        // s²/4 = 625, √ = 25, × 1.96 = 49.00.
        assertFigure(result.elements().get("E3"), "75.00", 4, 4, "49.00");
        // P1 = (2 × 62.5 + 1 × 200/3) / 3 = 575/9 = 63.888… → 63.89; answers 8 + 3.
        // Own P1: r1 (2×100 + 0)/3 = 200/3, r2 (0 + 100)/3 = 100/3, r3 100, r4 50 (E2 dropped); mean 62.5,
        // deviations ×6: 25, −175, 225, −75 → squares 87500/36 = 21875/9, s² = 21875/27, s²/4 = 202.546,
        // √ = 14.2319, × 1.96 = 27.894 → 27.89.
        assertFigure(result.parts().get("P1"), "63.89", 4, 11, "27.89");
        // P2 = E3.
        assertFigure(result.parts().get("P2"), "75.00", 4, 4, "49.00");
        // Overall = (1 × 575/9 + 3 × 75) / 4 = (575 + 2025)/36 = 72.222… → 72.22; answers 15.
        // Own: r1 (200/3 + 300)/4 = 275/3, r2 (100/3 + 300)/4 = 250/3, r3 (100 + 0)/4 = 25, r4 (50 + 300)/4 = 87.5;
        // in 48ths: 4400 4000 1200 4200, mean 3450, deviations 950 550 −2250 750, squares 6830000/2304,
        // s² = ÷3, s²/4 = 6830000/27648 = 247.034, √ = 15.7173, × 1.96 = 30.806 → 30.81.
        assertFigure(result.overall(), "72.22", 4, 15, "30.81");
    }

    @Test
    void meanOverFiveWithUnequalWeights() {
        var result = SatisfactionIndex.compute(ITEMS, TABLE, settings(Aggregation.MEAN_OVER_5, PART_WEIGHTS, 4));

        // E1: sum 28 / 8 = 3.5 → 70.00. Own (mean × 20): r1 90, r2 50, r3 90, r4 50; deviations ±20, squares 1600,
        // s² = 1600/3, s²/4 = 133.33, √ = 11.547, × 1.96 = 22.632 → 22.63.
        assertFigure(result.elements().get("E1"), "70.00", 4, 8, "22.63");
        // E2: 12 / 3 = 4 → 80.00. Own 60 80 100; squares 800, s² = 400, s²/3 = 133.33 → 22.63.
        assertFigure(result.elements().get("E2"), "80.00", 3, 3, "22.63");
        // E3: 16 / 4 = 4 → 80.00. Own 100 80 40 100; squares 400 + 0 + 1600 + 400 = 2400, s² = 800, s²/4 = 200,
        // √ = 14.142, × 1.96 = 27.719 → 27.72.
        assertFigure(result.elements().get("E3"), "80.00", 4, 4, "27.72");
        // P1 = (2 × 70 + 80)/3 = 220/3 = 73.333 → 73.33. Own: r1 (180 + 60)/3 = 80, r2 (100 + 80)/3 = 60,
        // r3 (180 + 100)/3 = 280/3, r4 50; in 12ths: 960 720 1120 600, mean 850, deviations 110 −130 270 −250,
        // squares 164400/144, s² = ÷3, s²/4 = 164400/1728 = 95.139, √ = 9.7539, × 1.96 = 19.118 → 19.12.
        assertFigure(result.parts().get("P1"), "73.33", 4, 11, "19.12");
        assertFigure(result.parts().get("P2"), "80.00", 4, 4, "27.72");
        // Overall = (220/3 + 3 × 80)/4 = (940/3)/4 = 235/3 = 78.333 → 78.33. Own: r1 (80 + 300)/4 = 95,
        // r2 (60 + 240)/4 = 75, r3 (280/3 + 120)/4 = 160/3, r4 (50 + 300)/4 = 87.5; in 48ths: 4560 3600 2560 4200,
        // mean 3730, deviations 830 −130 −1170 470, squares 2295600/2304, s² = ÷3, s²/4 = 83.030, √ = 9.1121,
        // × 1.96 = 17.860 → 17.86.
        assertFigure(result.overall(), "78.33", 4, 15, "17.86");
    }

    @Test
    void anElementWithoutAnswersDropsOutAndTheOtherWeightsRenormalise() {
        List<Answer> withoutE2 = TABLE.stream().filter(a -> !a.itemCode().equals("i3")).toList();

        var result = SatisfactionIndex.compute(ITEMS, withoutE2, settings(Aggregation.SHARE_SATISFIED, PART_WEIGHTS, 4));

        assertFigure(result.elements().get("E2"), null, 0, 0, null);
        // P1 = E1 alone (weight 2/2) = 62.50, own scores as E1's → 46.91.
        assertFigure(result.parts().get("P1"), "62.50", 4, 8, "46.91");
        // Overall = (62.5 + 3 × 75)/4 = 287.5/4 = 71.875 → 71.88.
        assertThat(result.overall().percent()).isEqualByComparingTo("71.88");
        assertThat(result.elements().keySet()).containsExactly("E1", "E2", "E3");
        assertThat(result.parts().keySet()).containsExactly("P1", "P2");
    }

    @Test
    void partWeightZeroLeavesThePartOutOfTheOverallIndex() {
        var result = SatisfactionIndex.compute(ITEMS, TABLE,
                settings(Aggregation.SHARE_SATISFIED, Map.of("P2", BigDecimal.ZERO), 4));

        // Overall = P1 alone: 575/9 → 63.89, 11 answers, margin as P1's (27.89); P2 is still shown on its own.
        assertFigure(result.overall(), "63.89", 4, 11, "27.89");
        assertFigure(result.parts().get("P2"), "75.00", 4, 4, "49.00");
    }

    @Test
    void figuresBelowTheMinimumSampleAreFlagged() {
        var atFour = SatisfactionIndex.compute(ITEMS, TABLE, settings(Aggregation.SHARE_SATISFIED, PART_WEIGHTS, 4));
        assertThat(atFour.overall().smallSample()).isFalse();
        assertThat(atFour.elements().get("E2").smallSample()).isTrue(); // 3 respondents < 4

        var byDefault = SatisfactionIndex.compute(ITEMS, TABLE, ScoringSettings.defaults());
        assertThat(byDefault.overall().smallSample()).isTrue(); // 4 < 30
        // Equal weights: P1 = (62.5 + 200/3)/2 = 775/12 = 64.583 → 64.58; overall = (775/12 + 75)/2 = 1675/24 = 69.79.
        assertThat(byDefault.parts().get("P1").percent()).isEqualByComparingTo("64.58");
        assertThat(byDefault.overall().percent()).isEqualByComparingTo("69.79");
    }

    @Test
    void valuesOutsideOneToFiveAndUnknownItemsAreIgnored() {
        List<Answer> noisy = new ArrayList<>(TABLE);
        noisy.add(new Answer(1, "i1", 0));
        noisy.add(new Answer(2, "i3", 6));
        noisy.add(new Answer(5, "i4", -1)); // respondent 5 has only an invalid answer: not counted
        noisy.add(new Answer(6, "gender", 2));

        var result = SatisfactionIndex.compute(ITEMS, noisy, settings(Aggregation.SHARE_SATISFIED, PART_WEIGHTS, 4));

        assertFigure(result.elements().get("E1"), "62.50", 4, 8, "46.91");
        assertFigure(result.overall(), "72.22", 4, 15, "30.81");
    }

    @Test
    void oneRespondentHasNoMarginAndNoAnswersHaveNoPercent() {
        var one = SatisfactionIndex.compute(ITEMS, TABLE.subList(0, 4), ScoringSettings.defaults());
        // r1 alone, equal weights: P1 = (100 + 0)/2 = 50, P2 = 100, overall 75.
        assertFigure(one.overall(), "75.00", 1, 4, null);

        var none = SatisfactionIndex.compute(ITEMS, List.of(), ScoringSettings.defaults());
        assertFigure(none.overall(), null, 0, 0, null);
        assertThat(none.overall().smallSample()).isTrue();
    }

    @Test
    void invalidSettingsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.SHARE_SATISFIED, 1, Map.of(), Map.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("satisfiedFrom");
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.SHARE_SATISFIED, 6, Map.of(), Map.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("satisfiedFrom");
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.SHARE_SATISFIED, 4,
                Map.of("E1", new BigDecimal("-1")), Map.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("element weight");
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.SHARE_SATISFIED, 4, Map.of(),
                Map.of("P1", new BigDecimal("-0.5")), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("part weight");
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.SHARE_SATISFIED, 4, Map.of(), Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSample");
        assertThatThrownBy(() -> new ScoringSettings(null, 4, Map.of(), Map.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
    }

    static void assertFigure(Figure figure, String percent, long respondents, long answers, String margin) {
        if (percent == null) {
            assertThat(figure.percent()).isNull();
        } else {
            assertThat(figure.percent()).isEqualByComparingTo(percent);
            assertThat(figure.percent().scale()).isEqualTo(2);
        }
        assertThat(figure.respondents()).isEqualTo(respondents);
        assertThat(figure.answers()).isEqualTo(answers);
        if (margin == null) {
            assertThat(figure.marginOfError()).isNull();
        } else {
            assertThat(figure.marginOfError()).isEqualByComparingTo(margin);
        }
    }
}
