package vn.cchc.survey.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;

/** The questionnaires every province starts with, read from src/main/resources/survey/. */
final class ShippedQuestionnaires {

    static final List<String> RESOURCES = List.of("/survey/sipas-full.json", "/survey/sipas-counter.json");

    record Shipped(Questionnaire questionnaire, String json) {
    }

    private ShippedQuestionnaires() {
    }

    static List<Shipped> all() {
        return RESOURCES.stream().map(ShippedQuestionnaires::read).toList();
    }

    private static Shipped read(String resource) {
        try (InputStream in = ShippedQuestionnaires.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Shipped(QuestionnaireJson.read(json), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
