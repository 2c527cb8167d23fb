package vn.cchc.survey;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.cchc.shared.NotFoundException;

/**
 * Form versions read once and kept: a stored form never changes, and the public form is served many times a
 * second, so parsing its questionnaire on every request would be waste.
 */
@Component
class SurveyForms {

    private static final int MAX_CACHED = 2_000;

    private final SurveyRepository repository;
    private final Map<Long, SurveyForm> cache = new ConcurrentHashMap<>();

    SurveyForms(SurveyRepository repository) {
        this.repository = repository;
    }

    /**
     * A form version of the survey, as a page was served with it: empty for another survey's (or commune's) form or
     * an unknown id, which only a forged or broken page sends.
     */
    Optional<SurveyForm> ofSurvey(Survey survey, long formId) {
        try {
            return Optional.of(form(survey.communeId(), formId)).filter(f -> f.surveyId() == survey.id());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The survey's current form version. */
    SurveyForm current(Survey survey) {
        return form(survey.communeId(), survey.formId());
    }

    SurveyForm form(long communeId, long formId) {
        SurveyForm cached = cache.get(formId);
        if (cached != null && cached.communeId() == communeId) {
            return cached;
        }
        SurveyForm form = repository.form(communeId, formId).map(SurveyRepository.StoredForm::parse)
                .orElseThrow(() -> new NotFoundException("survey form", formId));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(formId, form);
        return form;
    }
}
