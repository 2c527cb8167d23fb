package vn.cchc.survey.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Questionnaires and a commune's own blocks to and from the JSON they are stored and published as. */
public final class QuestionnaireJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private QuestionnaireJson() {
    }

    /** Reads a questionnaire; {@link IllegalArgumentException} with the parser's message when it is not one. */
    public static Questionnaire read(String json) {
        try {
            return MAPPER.readValue(json, Questionnaire.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    public static Questionnaire read(InputStream in) {
        try {
            return MAPPER.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Questionnaire q) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(q);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static OwnQuestions readOwn(String json) {
        try {
            return json == null || json.isBlank() ? OwnQuestions.NONE : MAPPER.readValue(json, OwnQuestions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    public static String writeOwn(OwnQuestions own) {
        try {
            return MAPPER.writeValueAsString(own);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
