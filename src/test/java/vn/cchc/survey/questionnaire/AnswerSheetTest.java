package vn.cchc.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading a filled form of the test questionnaire (E1 gates the satisfaction block S; D opens with a dossier code). */
class AnswerSheetTest {

    static Questionnaire q;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = AnswerSheetTest.class.getResourceAsStream("/survey/test-questionnaire.json")) {
            q = QuestionnaireJson.read(in);
        }
    }

    static List<String> v(String... values) {
        return List.of(values);
    }

    @Test
    void anAnswerThatOpensTheGateKeepsTheGatedAnswers() {
        AnswerSheet.Result r = AnswerSheet.read(q, Map.of("a.E1", v("1"), "a.S1", v("4"), "a.S2", v("5")), false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.answers()).extracting(AnswerSheet.Answer::itemCode, AnswerSheet.Answer::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E1", 1), org.assertj.core.groups.Tuple.tuple("S1", 4),
                        org.assertj.core.groups.Tuple.tuple("S2", 5));
        assertThat(r.shownBlocks()).containsExactly("E", "S", "T");
    }

    @Test
    void answersToABlockWhoseGateStaysClosedAreDroppedAndItsRequiredItemsAreNotAsked() {
        AnswerSheet.Result r = AnswerSheet.read(q, Map.of("a.E1", v("2"), "a.S2", v("1"), "a.D1", v("1")), false);
        assertThat(r.ok()).isTrue();
        assertThat(r.answers()).extracting(AnswerSheet.Answer::itemCode).containsExactly("E1");
    }

    @Test
    void theDossierBlockOpensOnlyWithADossierCode() {
        AnswerSheet.Result r = AnswerSheet.read(q, Map.of("a.E1", v("2"), "a.D1", v("3")), true);
        assertThat(r.value("D1")).contains(3);
        assertThat(r.shownBlocks()).containsExactly("E", "D", "T");
    }

    @Test
    void aMissingRequiredAnswerIsAProblemOfItsItem() {
        AnswerSheet.Result r = AnswerSheet.read(q, Map.of("a.E1", v("1"), "a.S2", v("4")), false);
        assertThat(r.problems()).extracting(AnswerSheet.Problem::itemCode, AnswerSheet.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", "survey.answer.required"));
        AnswerSheet.Result blank = AnswerSheet.read(q, Map.of("a.E1", v("  ")), false);
        assertThat(blank.problems()).extracting(AnswerSheet.Problem::itemCode).containsExactly("E1");
    }

    @Test
    void aValueTheScaleDoesNotOfferIsRefusedNotStored() {
        for (String forged : List.of("6", "0", "-1", "4.5", "abc", "1000000", "")) {
            AnswerSheet.Result r = AnswerSheet.read(q, Map.of("a.E1", v("1"), "a.S1", v(forged.isEmpty() ? "x" : forged)), false);
            assertThat(r.problems()).as(forged).extracting(AnswerSheet.Problem::messageKey)
                    .containsExactly("survey.answer.invalid");
        }
        AnswerSheet.Result two = AnswerSheet.read(q, Map.of("a.E1", v("1", "2")), false);
        assertThat(two.problems()).extracting(AnswerSheet.Problem::messageKey).containsExactly("survey.answer.invalid");
    }

    @Test
    void aMultipleChoiceKeepsEachDistinctOption() {
        AnswerSheet.Result r = AnswerSheet.read(q, Map.of("a.E1", v("2"), "a.E2", v("1", "3", "3")), false);
        assertThat(r.answers()).extracting(AnswerSheet.Answer::itemCode, AnswerSheet.Answer::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("E1", 2), org.assertj.core.groups.Tuple.tuple("E2", 1),
                org.assertj.core.groups.Tuple.tuple("E2", 3));
    }

    @Test
    void aTextIsCleanedAndRefusedOverItsLength() {
        AnswerSheet.Result ok = AnswerSheet.read(q, Map.of("a.E1", v("2"), "a.T1", v("  <script>alert(1)</script>\u0000 ")), false);
        assertThat(ok.answers()).extracting(AnswerSheet.Answer::text).containsExactly(null, "<script>alert(1)</script>");
        AnswerSheet.Result tooLong = AnswerSheet.read(q, Map.of("a.E1", v("2"), "a.T1", v("x".repeat(51))), false);
        assertThat(tooLong.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("survey.answer.tooLong");
            assertThat(p.args()).containsExactly(50, 51);
        });
    }

    @Test
    void fieldsOfUnknownItemsAreIgnored() {
        AnswerSheet.Result r = AnswerSheet.read(q, Map.of("a.E1", v("2"), "a.ZZ", v("5"), "website", v("x")), false);
        assertThat(r.answers()).hasSize(1);
    }

    @Test
    void scaleValuesListTheScaleItemsAnsweredInOrder() {
        AnswerSheet.Result r = AnswerSheet.read(q, Map.of("a.E1", v("1"), "a.S1", v("5"), "a.S2", v("4")), false);
        assertThat(r.scaleValues(q)).containsExactly(5, 4);
    }
}
