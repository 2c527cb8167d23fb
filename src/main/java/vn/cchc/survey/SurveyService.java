package vn.cchc.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.CleanText;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.survey.questionnaire.OwnQuestions;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.template.SurveyTemplates;
import vn.cchc.survey.template.SurveyTemplates.TemplateVersion;

/**
 * A commune's surveys: setting one up on a province template version, its dates, switching to a newer template
 * version or changing the commune's own questions (each a new form version), and its QR points.
 */
@Service
class SurveyService {

    /** Token letters without look-alikes (0/O, 1/l/I), so a token read aloud or typed from a poster survives. */
    private static final char[] TOKEN_LETTERS = "23456789abcdefghjkmnpqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository repository;
    private final SurveyForms forms;
    private final SurveyTemplates templates;
    private final SurveyAccess access;
    private final OrgDirectory org;
    private final Clock clock;

    SurveyService(SurveyRepository repository, SurveyForms forms, SurveyTemplates templates, SurveyAccess access,
                  OrgDirectory org, Clock clock) {
        this.repository = repository;
        this.forms = forms;
        this.templates = templates;
        this.access = access;
        this.org = org;
        this.clock = clock;
    }

    List<Survey> surveys(CurrentUser me) {
        return repository.surveys(me.requireCommune());
    }

    Survey survey(CurrentUser me, long id) {
        return repository.survey(me.requireCommune(), id).orElseThrow(() -> new NotFoundException("survey", id));
    }

    /** The templates a survey may be set up on: the newest version of each of the province's. */
    List<TemplateVersion> templates(CurrentUser me) {
        return templates.latest(me.provinceId());
    }

    @Transactional
    long create(CurrentUser me, SurveyFormData f) {
        access.requireManage(me);
        long commune = me.requireCommune();
        TemplateVersion template = templateOf(me, f.getTemplateId());
        check(f);
        long id = repository.insertSurvey(commune, title(f), f.getOpensOn(), f.getClosesOn(), f.isFeedsDossierRating(),
                me.id(), clock.instant());
        repository.insertForm(commune, id, 1, template.id(), OwnQuestions.NONE, me.id(), clock.instant());
        repository.insertPoint(commune, id, token(), SurveyPoint.Kind.GENERAL, org.commune(commune).name(), null, null);
        return id;
    }

    @Transactional
    void update(CurrentUser me, long id, SurveyFormData f) {
        access.requireManage(me);
        Survey s = survey(me, id);
        check(f);
        repository.updateSurvey(s.communeId(), id, title(f), f.getOpensOn(), f.getClosesOn(), f.isClosed(),
                f.isFeedsDossierRating());
    }

    /** Moves the survey to the newest version of its template's code: a new form version, old answers untouched. */
    @Transactional
    void useLatestTemplate(CurrentUser me, long id) {
        access.requireManage(me);
        repository.lock(me.requireCommune(), id);
        Survey s = survey(me, id);
        TemplateVersion current = templates.version(me.provinceId(), s.templateId());
        TemplateVersion latest = templates.latest(me.provinceId()).stream()
                .filter(t -> t.code().equals(current.code())).findFirst().orElse(current);
        if (latest.id() == current.id()) {
            throw InvalidInput.of(null, "survey.template.alreadyLatest");
        }
        OwnQuestions own = currentForm(s).own();
        repository.insertForm(s.communeId(), id, s.formVersion() + 1, latest.id(), own, me.id(), clock.instant());
    }

    /** Adds one of the commune's own questions: the survey's next form version. */
    @Transactional
    void addOwnQuestion(CurrentUser me, long id, OwnQuestionData q) {
        access.requireManage(me);
        repository.lock(me.requireCommune(), id);
        Survey s = survey(me, id);
        SurveyForm form = currentForm(s);
        Questionnaire.Scale satisfaction = form.questionnaire().scales().stream().filter(Questionnaire.Scale::satisfaction)
                .findFirst().orElse(null);
        Questionnaire.ItemType type = q.type();
        if (type == Questionnaire.ItemType.SCALE && satisfaction == null) {
            throw InvalidInput.of("type", "survey.own.type.invalid");
        }
        int highest = repository.ownQuestionsHistory(s.communeId(), id).stream()
                .mapToInt(OwnQuestionEditor::highest).max().orElse(0);
        OwnQuestions own = OwnQuestionEditor.add(form.own(), highest, ownBlockTitle(s), q.getText(), type,
                q.getOptions(), q.isRequired(), satisfaction);
        repository.insertForm(s.communeId(), id, s.formVersion() + 1, s.templateId(), own, me.id(), clock.instant());
    }

    @Transactional
    void removeOwnQuestion(CurrentUser me, long id, String code) {
        access.requireManage(me);
        repository.lock(me.requireCommune(), id);
        Survey s = survey(me, id);
        OwnQuestions own = OwnQuestionEditor.remove(currentForm(s).own(), code);
        repository.insertForm(s.communeId(), id, s.formVersion() + 1, s.templateId(), own, me.id(), clock.instant());
    }

    /** The form version a page was served as, if it is this survey's; else the current one. */
    SurveyForm form(Survey s, long formId) {
        return forms.ofSurvey(s, formId).orElseGet(() -> forms.current(s));
    }

    SurveyForm currentForm(Survey s) {
        return forms.current(s);
    }

    private String ownBlockTitle(Survey s) {
        return "Câu hỏi thêm của " + org.commune(s.communeId()).name();
    }

    @Transactional
    long addPoint(CurrentUser me, long id, PointFormData f) {
        access.requireManage(me);
        Survey s = survey(me, id);
        SurveyPoint.Kind kind = f.kind();
        String label = CleanText.clean(f.getLabel(), 200).strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (label.isEmpty()) {
            problems.add("label", "survey.point.label.required");
        }
        // a counter may name the unit it serves; a unit's code must
        Long unitId = kind == SurveyPoint.Kind.UNIT || kind == SurveyPoint.Kind.COUNTER ? f.getUnitId() : null;
        if (kind == SurveyPoint.Kind.UNIT && unitId == null
                || unitId != null && org.unit(s.communeId(), unitId).isEmpty()) {
            problems.add("unitId", "survey.point.unit.required");
        }
        String field = kind == SurveyPoint.Kind.FIELD ? CleanText.clean(f.getField(), 200).strip() : null;
        if (kind == SurveyPoint.Kind.FIELD && field.isEmpty()) {
            problems.add("field", "survey.point.field.required");
        }
        problems.throwIfAny();
        return repository.insertPoint(s.communeId(), id, token(), kind, label, unitId, field);
    }

    @Transactional
    void setPointActive(CurrentUser me, long id, long pointId, boolean active) {
        access.requireManage(me);
        point(me, id, pointId);
        repository.setPointActive(me.requireCommune(), pointId, active);
    }

    SurveyPoint point(CurrentUser me, long surveyId, long pointId) {
        return repository.point(me.requireCommune(), pointId).filter(p -> p.surveyId() == surveyId)
                .orElseThrow(() -> new NotFoundException("survey point", pointId));
    }

    List<SurveyPoint> points(CurrentUser me, long surveyId) {
        return repository.points(me.requireCommune(), survey(me, surveyId).id());
    }

    long responses(CurrentUser me, long surveyId) {
        return repository.responses(me.requireCommune(), surveyId);
    }

    private TemplateVersion templateOf(CurrentUser me, Long templateId) {
        if (templateId == null) {
            throw InvalidInput.of("templateId", "survey.template.required");
        }
        try {
            return templates.version(me.provinceId(), templateId);
        } catch (NotFoundException e) {
            throw InvalidInput.of("templateId", "survey.template.required");
        }
    }

    private static void check(SurveyFormData f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (title(f).isEmpty()) {
            problems.add("title", "survey.title.required");
        }
        if (f.getOpensOn() == null) {
            problems.add("opensOn", "survey.opensOn.required");
        } else if (f.getClosesOn() != null && f.getClosesOn().isBefore(f.getOpensOn())) {
            problems.add("closesOn", "survey.closesOn.beforeOpen");
        }
        problems.throwIfAny();
    }

    private static String title(SurveyFormData f) {
        return CleanText.clean(f.getTitle(), 300).strip();
    }

    static String token() {
        char[] out = new char[10];
        for (int i = 0; i < out.length; i++) {
            out[i] = TOKEN_LETTERS[RANDOM.nextInt(TOKEN_LETTERS.length)];
        }
        return new String(out);
    }

    /** Today, for a new survey's default opening day. */
    LocalDate today() {
        return vn.cchc.shared.VietnamTime.today(clock);
    }
}
