package vn.cchc.survey.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;

/** A commune's own questions appended to the test questionnaire: each row breaks the good own block in one place. */
class OwnBlocksCheckTest {

    private static final String GOOD = """
            {"scales": [{"code": "X1", "options": [{"value": 1, "label": "Sáng"}, {"value": 2, "label": "Chiều"}]}],
             "blocks": [{"code": "X", "title": "Câu hỏi của xã", "items": [
               {"code": "X1", "text": "Ông/bà thường đến vào buổi nào?", "type": "CHOICE", "scale": "X1"},
               {"code": "X2", "text": "Ông/bà có ý kiến gì thêm?", "type": "TEXT", "maxLength": 1000}]}]}
            """;

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("\"code\": \"X2\"", "\"code\": \"T1\"", "survey.template.codeDuplicate,survey.template.ownCode"),
                Arguments.of("\"code\": \"X\"", "\"code\": \"Q\"", "survey.template.ownCode"),
                Arguments.of("\"code\": \"X\"", "\"code\": \"S\"", "survey.template.codeDuplicate,survey.template.ownCode"),
                Arguments.of("\"code\": \"X1\", \"options\"", "\"code\": \"YN\", \"options\"",
                        "survey.template.codeDuplicate,survey.template.unknownScale,survey.template.ownCode"),
                Arguments.of("\"scale\": \"X1\"", "\"scale\": \"X9\"", "survey.template.unknownScale"),
                Arguments.of("\"type\": \"CHOICE\", \"scale\": \"X1\"}",
                        "\"type\": \"SCALE\", \"scale\": \"S5\", \"element\": \"ACCESS\"}", "survey.template.ownElement"),
                Arguments.of("\"type\": \"CHOICE\", \"scale\": \"X1\"}",
                        "\"type\": \"CHOICE\", \"scale\": \"DVC3\", \"dossierRating\": true}",
                        "survey.template.manyDossierItems,survey.template.ownDossier"),
                Arguments.of("\"maxLength\": 1000", "\"maxLength\": 2001", "survey.template.maxLength"),
                Arguments.of("\"title\": \"Câu hỏi của xã\"", "\"title\": \"Câu hỏi của xã\", \"showIf\": {\"item\": \"X7\", \"anyOf\": [1]}",
                        "survey.template.gateItem"));
    }

    static Questionnaire base() throws IOException {
        return QuestionnaireJson.read(QuestionnaireCheckTest.resource("/survey/test-questionnaire.json"));
    }

    @Test
    void theGoodOwnBlockPasses() throws IOException {
        assertThat(QuestionnaireCheck.checkOwnBlocks(base(), QuestionnaireJson.readOwn(GOOD))).isEmpty();
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("broken")
    void aBrokenOwnBlockHasExactlyItsProblems(String from, String to, String expected) throws IOException {
        assertThat(GOOD).contains(from);
        assertThat(QuestionnaireCheck.checkOwnBlocks(base(), QuestionnaireJson.readOwn(GOOD.replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)))))
                .extracting(QuestionnaireCheck.Problem::messageKey).containsExactly(expected.split(","));
    }
}
