package vn.cchc.survey;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.cchc.support.Fixture;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;
import vn.cchc.survey.template.SurveyTemplates;
import vn.cchc.survey.template.SurveyTemplates.TemplateVersion;

/** Test surveys on the small test questionnaire (src/test/resources/survey/test-questionnaire.json). */
@Component
class SurveySetup {

    private final SurveyTemplates templates;
    private final SurveyService surveys;
    private final SurveyRepository repository;

    SurveySetup(SurveyTemplates templates, SurveyService surveys, SurveyRepository repository) {
        this.templates = templates;
        this.surveys = surveys;
        this.repository = repository;
    }

    static Questionnaire testQuestionnaire() {
        try (InputStream in = SurveySetup.class.getResourceAsStream("/survey/test-questionnaire.json")) {
            return QuestionnaireJson.read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A survey of the commune open from {@code opensOn}, on the test questionnaire published in its province. */
    Survey survey(Fixture.Commune c, LocalDate opensOn) {
        TemplateVersion t = templates.publish(c.provinceId(), testQuestionnaire(), c.provinceAdmin());
        SurveyFormData f = new SurveyFormData();
        f.setTitle("Khảo sát thử " + c.tag());
        f.setTemplateId(t.id());
        f.setOpensOn(opensOn);
        long id = surveys.create(c.standingAgency(), f);
        return repository.survey(c.id(), id).orElseThrow();
    }

    /** The survey's general QR point, made with it. */
    SurveyPoint generalPoint(Survey s) {
        return repository.points(s.communeId(), s.id()).get(0);
    }
}
