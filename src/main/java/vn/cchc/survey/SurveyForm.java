package vn.cchc.survey;

import vn.cchc.survey.questionnaire.OwnQuestions;
import vn.cchc.survey.questionnaire.Questionnaire;

/**
 * One version of a survey's form: the template version it was built on and the commune's own blocks, joined into
 * the questionnaire a person answers. Never changed once stored, so answers keep the questions they were given on.
 */
public record SurveyForm(long id, long communeId, long surveyId, int version, long templateId, String templateTitle,
                         int templateVersion, Questionnaire questionnaire, OwnQuestions own) {
}
