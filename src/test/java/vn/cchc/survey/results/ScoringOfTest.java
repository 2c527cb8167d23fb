package vn.cchc.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;
import vn.cchc.survey.scoring.Aggregation;
import vn.cchc.survey.scoring.ScoredItem;
import vn.cchc.survey.scoring.ScoringSettings;

/** Which items count in the index and with which setting, read off a questionnaire. */
class ScoringOfTest {

    static Questionnaire test() throws IOException {
        try (InputStream in = ScoringOfTest.class.getResourceAsStream("/survey/test-questionnaire.json")) {
            return QuestionnaireJson.read(in);
        }
    }

    @Test
    void onlyScaleItemsNamingAnElementCountWithTheirElementsPart() throws IOException {
        // E1 (choice), E2 (multi), D1 (dossier rating, no element) and T1 (text) do not count.
        assertThat(ScoringOf.scoredItems(test())).containsExactly(
                new ScoredItem("S1", "ACCESS", "SERVICE"), new ScoredItem("S2", "RESULT", "SERVICE"));
    }

    @Test
    void theUnionOfTwoQuestionnairesKeepsEachItemOnce() throws IOException {
        Questionnaire q = test();
        Questionnaire other = new Questionnaire("B", "B", "", q.scales(), q.parts(), q.elements(),
                List.of(new Questionnaire.Block("X", "X", null, null, List.of(
                        new Questionnaire.Item("S2", "Kết quả", Questionnaire.ItemType.SCALE, "S5", "RESULT", true,
                                false, null),
                        new Questionnaire.Item("S9", "Thái độ", Questionnaire.ItemType.SCALE, "S5", "ACCESS", true,
                                false, null)))), q.scoring());
        assertThat(ScoringOf.scoredItems(List.of(q, other))).extracting(ScoredItem::itemCode)
                .containsExactly("S1", "S2", "S9");
    }

    @Test
    void settingsComeFromTheQuestionnaireWithWeightsAndDefaultsForWhatItLeavesOut() throws IOException {
        Questionnaire q = test();
        assertThat(ScoringOf.settings(q)).isEqualTo(
                new ScoringSettings(Aggregation.SHARE_SATISFIED, 4, Map.of(), Map.of(), 30));
        Questionnaire weighted = new Questionnaire(q.code(), q.title(), q.basis(), q.scales(),
                List.of(new Questionnaire.Part("SERVICE", "DV", new BigDecimal("2"))),
                List.of(new Questionnaire.Element("ACCESS", "SERVICE", "TC", new BigDecimal("0.3"))),
                q.blocks(), new Questionnaire.Scoring("MEAN_OVER_5", null, null));
        ScoringSettings s = ScoringOf.settings(weighted);
        assertThat(s.method()).isEqualTo(Aggregation.MEAN_OVER_5);
        assertThat(s.satisfiedFrom()).isEqualTo(ScoringSettings.defaults().satisfiedFrom());
        assertThat(s.minSample()).isEqualTo(ScoringSettings.defaults().minSample());
        assertThat(s.elementWeights()).isEqualTo(Map.of("ACCESS", new BigDecimal("0.3")));
        assertThat(s.partWeights()).isEqualTo(Map.of("SERVICE", new BigDecimal("2")));
    }
}
