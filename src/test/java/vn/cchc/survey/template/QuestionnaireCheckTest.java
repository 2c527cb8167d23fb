package vn.cchc.survey.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;

class QuestionnaireCheckTest {

    static String resource(String path) throws IOException {
        try (InputStream in = QuestionnaireCheckTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> keys(String json) {
        return QuestionnaireCheck.check(QuestionnaireJson.read(json)).stream()
                .map(QuestionnaireCheck.Problem::messageKey).toList();
    }

    /** Each row breaks the small test questionnaire in one place and names the problems that must be found. */
    static Stream<Arguments> broken() {
        String d1 = "{\"code\": \"D1\", \"text\": \"Ông/bà hài lòng với việc giải quyết hồ sơ này?\", \"type\": \"SCALE\", "
                + "\"scale\": \"DVC3\", \"dossierRating\": true}";
        return Stream.of(
                Arguments.of("\"code\": \"TEST-SIPAS\"", "\"code\": \"\"", "survey.template.codeMissing"),
                Arguments.of("\"code\": \"TEST-SIPAS\"", "\"code\": \"TEST SIPAS\"", "survey.template.codeInvalid"),
                Arguments.of("\"code\": \"S2\"", "\"code\": \"S1\"", "survey.template.codeDuplicate"),
                // renaming scale CH also leaves item E2 on an unknown scale
                Arguments.of("\"code\": \"CH\"", "\"code\": \"YN\"",
                        "survey.template.codeDuplicate,survey.template.unknownScale"),
                Arguments.of("\"code\": \"T\"", "\"code\": \"E\"", "survey.template.codeDuplicate"),
                Arguments.of("\"title\": \"Phiếu thử\"", "\"title\": \"" + "x".repeat(501) + "\"",
                        "survey.template.textTooLong"),
                Arguments.of("\"text\": \"Nơi ngồi chờ\"", "\"text\": \" \"", "survey.template.textMissing"),
                Arguments.of("\"type\": \"TEXT\", \"maxLength\": 50", "\"type\": \"TEXT\", \"scale\": \"YN\", \"maxLength\": 50",
                        "survey.template.textWithScale"),
                Arguments.of("\"maxLength\": 50", "\"maxLength\": 2001", "survey.template.maxLength"),
                Arguments.of("\"scale\": \"CH\"", "\"scale\": \"XX\"", "survey.template.unknownScale"),
                Arguments.of(", {\"value\": 5, \"label\": \"Rất hài lòng\"}", "", "survey.template.satisfactionScale"),
                Arguments.of("{\"value\": 2, \"label\": \"Không\"}", "{\"value\": 1, \"label\": \"Không\"}",
                        "survey.template.duplicateOption"),
                Arguments.of("\"scale\": \"YN\", \"required\": true}", "\"scale\": \"YN\", \"required\": true, \"element\": \"ACCESS\"}",
                        "survey.template.elementNeedsSatisfaction"),
                Arguments.of("\"element\": \"RESULT\"", "\"element\": \"OUTCOME\"", "survey.template.unknownElement"),
                Arguments.of("\"part\": \"SERVICE\", \"name\": \"Kết quả\"", "\"part\": \"POLICY\", \"name\": \"Kết quả\"",
                        "survey.template.unknownPart"),
                Arguments.of("\"item\": \"E1\"", "\"item\": \"Q99\"", "survey.template.gateItem"),
                Arguments.of("\"item\": \"E1\"", "\"item\": \"D1\"", "survey.template.gateItem"),
                Arguments.of("\"item\": \"E1\"", "\"item\": \"S1\"", "survey.template.gateItem"),
                Arguments.of("\"anyOf\": [1]", "\"anyOf\": [3]", "survey.template.gateValues"),
                Arguments.of("\"anyOf\": [1]", "\"anyOf\": []", "survey.template.gateValues"),
                Arguments.of("\"scale\": \"DVC3\", \"dossierRating\"", "\"scale\": \"S5\", \"dossierRating\"",
                        "survey.template.dossierScale"),
                Arguments.of(d1, d1 + ", " + d1.replace("D1", "D2"), "survey.template.manyDossierItems"),
                Arguments.of("\"name\": \"Dịch vụ hành chính công\"", "\"name\": \"Dịch vụ hành chính công\", \"weight\": -0.5",
                        "survey.template.weight"),
                Arguments.of("\"SHARE_SATISFIED\"", "\"MEDIAN\"", "survey.template.method"),
                Arguments.of("\"satisfiedFrom\": 4", "\"satisfiedFrom\": 1", "survey.template.satisfiedFrom"),
                Arguments.of("\"satisfiedFrom\": 4", "\"satisfiedFrom\": 6", "survey.template.satisfiedFrom"),
                Arguments.of("\"minSample\": 30", "\"minSample\": 0", "survey.template.minSample"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("broken")
    void aBrokenQuestionnaireHasExactlyItsProblems(String from, String to, String expected) throws IOException {
        String good = resource("/survey/test-questionnaire.json");
        assertThat(good).contains(from);
        assertThat(keys(good.replace(from, to))).containsExactly(expected.split(","));
    }

    @Test
    void theTestQuestionnaireAndBothShippedOnesPass() throws IOException {
        assertThat(keys(resource("/survey/test-questionnaire.json"))).isEmpty();
        assertThat(keys(resource("/survey/sipas-full.json"))).isEmpty();
        assertThat(keys(resource("/survey/sipas-counter.json"))).isEmpty();
    }

    @Test
    void theFullFormHas39SatisfactionItemsInNineElementsAndGatesTheServicePartOnExperience() throws IOException {
        Questionnaire full = QuestionnaireJson.read(resource("/survey/sipas-full.json"));
        Map<String, Long> perElement = full.items().stream().filter(i -> i.element() != null)
                .collect(Collectors.groupingBy(Questionnaire.Item::element, LinkedHashMap::new, Collectors.counting()));
        assertThat(perElement).containsExactly(Map.entry("INFO", 2L), Map.entry("PARTICIPATION", 2L),
                Map.entry("IMPLEMENTATION", 9L), Map.entry("OUTCOME", 10L), Map.entry("ACCESS", 3L),
                Map.entry("PROCEDURE", 4L), Map.entry("OFFICIAL", 3L), Map.entry("RESULT", 3L), Map.entry("FEEDBACK", 3L));
        Questionnaire.Block service = full.blocks().stream().filter(b -> b.code().equals("Q9.II")).findFirst().orElseThrow();
        assertThat(service.showIf()).isEqualTo(new Questionnaire.Gate("Q8.3", List.of(1, 2, 3), null));
        assertThat(full.scoring()).isEqualTo(new Questionnaire.Scoring("SHARE_SATISFIED", 4, 30));
    }

    @Test
    void theCounterFormAsksTheSixteenServiceItemsWithTheFullFormsCodesTextsAndElements() throws IOException {
        Questionnaire full = QuestionnaireJson.read(resource("/survey/sipas-full.json"));
        Questionnaire counter = QuestionnaireJson.read(resource("/survey/sipas-counter.json"));
        List<Questionnaire.Item> rated = counter.items().stream().filter(i -> i.element() != null).toList();
        assertThat(rated).extracting(Questionnaire.Item::code).containsExactly(
                "Q9.II.A.1", "Q9.II.A.2", "Q9.II.A.3", "Q9.II.B.1", "Q9.II.B.2", "Q9.II.B.3", "Q9.II.B.4",
                "Q9.II.C.1", "Q9.II.C.2", "Q9.II.C.3", "Q9.II.D.1", "Q9.II.D.2", "Q9.II.D.3",
                "Q9.II.E.1", "Q9.II.E.2", "Q9.II.E.3");
        for (Questionnaire.Item i : rated) {
            Questionnaire.Item same = full.item(i.code()).orElseThrow();
            assertThat(same.text()).isEqualTo(i.text());
            assertThat(same.element()).isEqualTo(i.element());
            assertThat(i.required()).isFalse();
        }
        Questionnaire.Item dossier = counter.dossierRatingItem().orElseThrow();
        assertThat(counter.scale(dossier.scale()).orElseThrow().options()).extracting(Questionnaire.Option::label)
                .containsExactly("Không hài lòng", "Hài lòng", "Rất hài lòng");
        assertThat(counter.items()).filteredOn(i -> i.type() == Questionnaire.ItemType.TEXT)
                .extracting(Questionnaire.Item::maxLength).containsExactly(1000);
    }
}
