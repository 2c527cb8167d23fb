package vn.cchc.survey.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The satisfaction index on four forms worked out by hand. Part P1 has element E1 (items a1, a2); part P2 has E2 (b1)
 * and E3 (c1, c2). Weights: E3 = 3 (E1, E2 default 1); P2 = 2 (P1 default 1). Satisfied = 4 or 5.
 * <pre>
 *        a1 a2 | b1 | c1 c2
 *   R1    5  4 |  3 |  5  4
 *   R2    3  2 |  4 |  4  5
 *   R3    4  - |  5 |  2  3
 *   R4    -  - |  2 |  5  -     (R4 also gave a1 = 0, c2 = 6 and a demographic answer: all ignored)
 * </pre>
 * Margin = 1.96 × √(var ÷ n), var = Σ(x − mean)² ÷ (n − 1) over the respondents' own scores x.
 */
class SatisfactionIndexTest {

    // Items listed so that E3 is seen before E2: the result maps must keep that order.
    static final List<ScoredItem> ITEMS = List.of(
            new ScoredItem("a1", "E1", "P1"), new ScoredItem("c1", "E3", "P2"), new ScoredItem("a2", "E1", "P1"),
            new ScoredItem("b1", "E2", "P2"), new ScoredItem("c2", "E3", "P2"));

    static final List<Answer> CLEAN = List.of(
            new Answer(1, "a1", 5), new Answer(1, "a2", 4), new Answer(1, "b1", 3), new Answer(1, "c1", 5),
            new Answer(1, "c2", 4),
            new Answer(2, "a1", 3), new Answer(2, "a2", 2), new Answer(2, "b1", 4), new Answer(2, "c1", 4),
            new Answer(2, "c2", 5),
            new Answer(3, "a1", 4), new Answer(3, "b1", 5), new Answer(3, "c1", 2), new Answer(3, "c2", 3),
            new Answer(4, "b1", 2), new Answer(4, "c1", 5));

    static final List<Answer> NOISE = List.of(
            new Answer(4, "a1", 0), new Answer(4, "c2", 6), new Answer(4, "A.gender", 2), new Answer(5, "Q10.1", 5));

    static final Map<String, BigDecimal> ELEMENT_WEIGHTS = Map.of("E3", new BigDecimal("3"));
    static final Map<String, BigDecimal> PART_WEIGHTS = Map.of("P2", new BigDecimal("2"));

    static List<Answer> tableWithNoise() {
        List<Answer> all = new ArrayList<>(CLEAN);
        all.addAll(NOISE);
        return all;
    }

    static ScoringSettings settings(Aggregation method, Map<String, BigDecimal> partWeights, int minSample) {
        return new ScoringSettings(method, 4, ELEMENT_WEIGHTS, partWeights, minSample);
    }

    static SatisfactionResult compute(Aggregation method) {
        return SatisfactionIndex.compute(ITEMS, tableWithNoise(), settings(method, PART_WEIGHTS, 30));
    }

    static Figure figure(SatisfactionResult r, String code) {
        return code.equals("all") ? r.overall() : code.startsWith("P") ? r.parts().get(code) : r.elements().get(code);
    }

    @ParameterizedTest(name = "{0} {1}: {2}% ± {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # method        | fig | percent | resp | answers | margin | how, by hand
            SHARE_SATISFIED | E1  | 60.00   | 3    | 5       | 65.33  | 5,4,3,2,4: 3/5. x = 100,0,100; mean 66.67; var 10000/3; √(10000/9) = 33.33 × 1.96
            SHARE_SATISFIED | E2  | 50.00   | 4    | 4       | 56.58  | 3,4,5,2: 2/4. x = 0,100,100,0; var 10000/3; √(2500/3) = 28.868 × 1.96 = 56.580
            SHARE_SATISFIED | E3  | 71.43   | 4    | 7       | 49.00  | 5,4,4,5,2,3,5: 5/7 = 71.4286. x = 100,100,0,100; var 7500/3 = 2500; √625 = 25 × 1.96
            SHARE_SATISFIED | P1  | 60.00   | 3    | 5       | 65.33  | E1 alone
            SHARE_SATISFIED | P2  | 66.07   | 4    | 11      | 30.83  | (50 + 3 × 500/7) ÷ 4 = 925/14 = 66.0714. x = (0+300)/4, 400/4, 100/4, 300/4 = 75,100,25,75; mean 68.75; Σd² 2968.75; var 989.583; √247.396 = 15.7288 × 1.96 = 30.828
            SHARE_SATISFIED | all | 64.05   | 4    | 16      | 13.95  | (60 + 2 × 925/14) ÷ 3 = 1345/21 = 64.0476. x = (100+150)/3, (0+200)/3, (100+50)/3, 75 (R4 only P2) = 83.33,66.67,50,75; mean 68.75; Σd² 87500/144 = 607.64; var 202.546; √50.637 = 7.1160 × 1.96 = 13.947
            MEAN_OVER_5     | E1  | 72.00   | 3    | 5       | 23.56  | 18/5 = 3.6 ÷ 5 = 72. x = 4.5,2.5,4 → 90,50,80; mean 73.33; Σd² 866.67; var 433.33; √144.44 = 12.0185 × 1.96 = 23.556
            MEAN_OVER_5     | E2  | 70.00   | 4    | 4       | 25.30  | 14/4 = 3.5 → 70. x = 60,80,100,40; mean 70; Σd² 2000; var 666.67; √166.67 = 12.9099 × 1.96 = 25.303
            MEAN_OVER_5     | E3  | 80.00   | 4    | 7       | 21.73  | 28/7 = 4 → 80. x = 90,90,50,100; mean 82.5; Σd² 1475; var 491.67; √122.92 = 11.0868 × 1.96 = 21.730
            MEAN_OVER_5     | P1  | 72.00   | 3    | 5       | 23.56  | E1 alone
            MEAN_OVER_5     | P2  | 77.50   | 4    | 11      | 11.21  | (70 + 3 × 80) ÷ 4 = 77.5. x = (60+270)/4, (80+270)/4, (100+150)/4, (40+300)/4 = 82.5,87.5,62.5,85; mean 79.375; Σd² 392.1875; var 130.729; √32.682 = 5.71684 × 1.96 = 11.20501
            MEAN_OVER_5     | all | 75.67   | 4    | 16      | 8.00   | (72 + 2 × 77.5) ÷ 3 = 227/3 = 75.667. x = (90+165)/3, (50+175)/3, (80+125)/3, 85 = 85,75,68.33,85; mean 78.33; Σd² 200; var 66.67; √16.667 = 4.0825 × 1.96 = 8.0017
            """)
    void scoresEveryFigureOfTheTableAsWorkedOutByHand(Aggregation method, String code, BigDecimal percent,
                                                       long respondents, long answers, BigDecimal margin) {
        Figure f = figure(compute(method), code);

        assertThat(f.percent()).isEqualTo(percent);
        assertThat(f.respondents()).isEqualTo(respondents);
        assertThat(f.answers()).isEqualTo(answers);
        assertThat(f.marginOfError()).isEqualTo(margin);
        assertThat(f.smallSample()).isTrue(); // fewer than 30 respondents
    }

    @Test
    void resultMapsKeepTheItemsFirstSeenOrder() {
        SatisfactionResult r = compute(Aggregation.SHARE_SATISFIED);

        assertThat(r.elements().keySet()).containsExactly("E1", "E3", "E2");
        assertThat(r.parts().keySet()).containsExactly("P1", "P2");
    }

    @Test
    void answersOutside1To5AndToUnscoredItemsAreIgnored() {
        ScoringSettings s = settings(Aggregation.SHARE_SATISFIED, PART_WEIGHTS, 30);

        assertThat(SatisfactionIndex.compute(ITEMS, tableWithNoise(), s))
                .isEqualTo(SatisfactionIndex.compute(ITEMS, CLEAN, s));
        SatisfactionResult onlyNoise = SatisfactionIndex.compute(ITEMS, NOISE, s);
        assertThat(onlyNoise.overall()).isEqualTo(new Figure(null, 0, 0, null, true));
        assertThat(onlyNoise.elements().get("E1")).isEqualTo(new Figure(null, 0, 0, null, true));
    }

    @Test
    void anElementWithoutAnswersDropsOutAndTheOtherWeightsRenormalise() {
        List<ScoredItem> items = new ArrayList<>(ITEMS);
        items.add(new ScoredItem("d1", "E4", "P1")); // nobody answered d1
        ScoringSettings s = new ScoringSettings(Aggregation.SHARE_SATISFIED, 4,
                Map.of("E3", new BigDecimal("3"), "E4", new BigDecimal("5")), PART_WEIGHTS, 30);

        SatisfactionResult r = SatisfactionIndex.compute(items, tableWithNoise(), s);

        assertThat(r.elements().get("E4")).isEqualTo(new Figure(null, 0, 0, null, true));
        // P1 = (1 × 60) ÷ 1, not (60 + 5 × 0) ÷ 6 = 10
        assertThat(r.parts().get("P1")).isEqualTo(new Figure(new BigDecimal("60.00"), 3, 5, new BigDecimal("65.33"), true));
        assertThat(r.overall().percent()).isEqualTo(new BigDecimal("64.05"));
    }

    @Test
    void aPartWeighing0IsLeftOutOfTheOverall() {
        ScoringSettings s = settings(Aggregation.SHARE_SATISFIED, Map.of("P1", BigDecimal.ZERO, "P2", BigDecimal.ONE), 30);

        SatisfactionResult r = SatisfactionIndex.compute(ITEMS, tableWithNoise(), s);

        // overall = P2 alone: 925/14, the 11 answers of P2, R1–R4's P2 scores 75,100,25,75
        assertThat(r.overall()).isEqualTo(new Figure(new BigDecimal("66.07"), 4, 11, new BigDecimal("30.83"), true));
        assertThat(r.parts().get("P1").percent()).isEqualTo(new BigDecimal("60.00")); // still shown on its own
    }

    @Test
    void anElementWeighing0IsLeftOutOfItsPart() {
        ScoringSettings s = new ScoringSettings(Aggregation.SHARE_SATISFIED, 4,
                Map.of("E3", BigDecimal.ZERO), Map.of(), 30);

        SatisfactionResult r = SatisfactionIndex.compute(ITEMS, tableWithNoise(), s);

        // P2 = E2 alone: 2/4 satisfied; x = 0,100,100,0
        assertThat(r.parts().get("P2")).isEqualTo(new Figure(new BigDecimal("50.00"), 4, 4, new BigDecimal("56.58"), true));
    }

    @Test
    void onlyTheResultIsRoundedNotTheElementIndices() {
        // E1: 2 of 3 satisfied = 66.666…; E2: 1 of 8 = 12.5. (66.666… + 12.5) ÷ 2 = 39.583… → 39.58.
        // Rounding E1 first to 66.67 would give 39.585 → 39.59.
        List<ScoredItem> items = List.of(new ScoredItem("x", "E1", "P"), new ScoredItem("y", "E2", "P"));
        List<Answer> answers = new ArrayList<>();
        for (int id = 1; id <= 8; id++) {
            answers.add(new Answer(id, "y", id == 1 ? 5 : 1));
            if (id <= 3) {
                answers.add(new Answer(id, "x", id == 3 ? 3 : 4));
            }
        }

        SatisfactionResult r = SatisfactionIndex.compute(items, answers, ScoringSettings.defaults());

        assertThat(r.elements().get("E1").percent()).isEqualTo(new BigDecimal("66.67"));
        assertThat(r.overall().percent()).isEqualTo(new BigDecimal("39.58"));
    }

    @Test
    void satisfiedFromMovesTheThreshold() {
        ScoringSettings from3 = new ScoringSettings(Aggregation.SHARE_SATISFIED, 3, Map.of(), Map.of(), 30);

        // b1 = 3,4,5,2: three answers are 3 or more
        assertThat(SatisfactionIndex.compute(ITEMS, CLEAN, from3).elements().get("E2").percent())
                .isEqualTo(new BigDecimal("75.00"));
    }

    @Test
    void figuresBelowTheMinimumSampleAreFlagged() {
        SatisfactionResult r = SatisfactionIndex.compute(ITEMS, CLEAN, settings(Aggregation.MEAN_OVER_5, PART_WEIGHTS, 4));

        assertThat(r.overall().smallSample()).isFalse(); // 4 respondents
        assertThat(r.elements().get("E2").smallSample()).isFalse();
        assertThat(r.elements().get("E1").smallSample()).isTrue(); // 3 respondents
        assertThat(r.parts().get("P1").smallSample()).isTrue();
    }

    @Test
    void oneRespondentHasNoMarginAndEqualScoresHaveNone() {
        List<Answer> one = List.of(new Answer(7, "b1", 4));
        List<Answer> same = List.of(new Answer(7, "b1", 4), new Answer(8, "b1", 5));

        assertThat(SatisfactionIndex.compute(ITEMS, one, ScoringSettings.defaults()).overall())
                .isEqualTo(new Figure(new BigDecimal("100.00"), 1, 1, null, true));
        assertThat(SatisfactionIndex.compute(ITEMS, same, ScoringSettings.defaults()).overall().marginOfError())
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void defaultsAreShareOf4And5WithEqualWeightsAndThirtyRespondents() {
        assertThat(ScoringSettings.defaults())
                .isEqualTo(new ScoringSettings(Aggregation.SHARE_SATISFIED, 4, Map.of(), Map.of(), 30));
    }

    @Test
    void refusesSettingsOutsideTheirRange() {
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.SHARE_SATISFIED, 1, Map.of(), Map.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("satisfiedFrom must be between 2 and 5");
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.SHARE_SATISFIED, 6, Map.of(), Map.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 6");
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.MEAN_OVER_5, 4,
                Map.of("E1", new BigDecimal("-0.5")), Map.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("element weight of E1");
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.MEAN_OVER_5, 4, Map.of(),
                Map.of("P2", new BigDecimal("-1")), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("part weight of P2");
        assertThatThrownBy(() -> new ScoringSettings(Aggregation.MEAN_OVER_5, 4, Map.of(), Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSample must be at least 1");
        assertThatThrownBy(() -> new ScoringSettings(null, 4, Map.of(), Map.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aggregation method");
    }

    @Test
    void refusesAnElementPlacedInTwoPartsOrAnItemListedTwice() {
        List<ScoredItem> twoParts = List.of(new ScoredItem("a1", "E1", "P1"), new ScoredItem("a2", "E1", "P2"));
        List<ScoredItem> twice = List.of(new ScoredItem("a1", "E1", "P1"), new ScoredItem("a1", "E1", "P1"));

        assertThatThrownBy(() -> SatisfactionIndex.compute(twoParts, CLEAN, ScoringSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Element E1 is placed in both part P1");
        assertThatThrownBy(() -> SatisfactionIndex.compute(twice, CLEAN, ScoringSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Item a1 is listed twice");
    }
}
