package vn.cchc.survey.template;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;
import vn.cchc.survey.template.ShippedQuestionnaires.Shipped;

/**
 * A province's questionnaire templates. A published version is never changed: editing or uploading publishes the
 * next version of its code, so every answer keeps the questions it was given on. A province that has none gets the
 * shipped SIPAS questionnaires as version 1 the first time it looks.
 */
@Service
public class SurveyTemplates {

    public record TemplateVersion(long id, long provinceId, String code, int version, String title,
                                  Questionnaire questionnaire, boolean shipped, Instant publishedAt,
                                  String publishedBy) {
    }

    private final SurveyTemplateRepository repository;
    private final Clock clock;

    SurveyTemplates(SurveyTemplateRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The newest version of each code, ordered by code; inserts the shipped defaults if the province has none. */
    @Transactional
    public List<TemplateVersion> latest(long provinceId) {
        ensureShipped(provinceId);
        return repository.latest(provinceId);
    }

    @Transactional(readOnly = true)
    public TemplateVersion version(long provinceId, long templateId) {
        return repository.find(provinceId, templateId)
                .orElseThrow(() -> new NotFoundException("survey template", templateId));
    }

    /** Every version of a code, newest first. */
    @Transactional(readOnly = true)
    public List<TemplateVersion> history(long provinceId, String code) {
        return repository.history(provinceId, code);
    }

    /** Publishes the next version of the questionnaire's code; only the province's administrator may. */
    @Transactional
    public TemplateVersion publish(long provinceId, Questionnaire q, CurrentUser by) {
        if (by.role() != Role.PROVINCE_ADMIN || by.provinceId() != provinceId) {
            throw new AccessDeniedException("survey template");
        }
        List<QuestionnaireCheck.Problem> problems = QuestionnaireCheck.check(q);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream()
                    .map(p -> new InvalidInput.Problem(null, p.messageKey(), p.args())).toList());
        }
        ensureShipped(provinceId);
        repository.lockProvince(provinceId);
        int version = repository.nextVersion(provinceId, q.code());
        long id = repository.insert(provinceId, q.code(), version, q.title(), QuestionnaireJson.write(q),
                clock.instant(), by.id());
        return version(provinceId, id);
    }

    private void ensureShipped(long provinceId) {
        if (repository.hasAny(provinceId)) {
            return;
        }
        Instant now = clock.instant();
        for (Shipped s : ShippedQuestionnaires.all()) {
            repository.insertShipped(provinceId, s.questionnaire().code(), s.questionnaire().title(), s.json(), now);
        }
    }
}
