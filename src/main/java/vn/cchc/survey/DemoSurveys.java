package vn.cchc.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.Commune;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Province;
import vn.cchc.org.Recipient;
import vn.cchc.org.Role;
import vn.cchc.org.Unit;
import vn.cchc.org.UnitKind;
import vn.cchc.shared.VietnamTime;
import vn.cchc.survey.questionnaire.AnswerSheet;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.template.SurveyTemplates;
import vn.cchc.survey.template.SurveyTemplates.TemplateVersion;

/**
 * Demo profile: the demo ward gets this year's counter survey with QR points and a few hundred synthetic answers
 * (mostly satisfied, some paper forms, a few flagged), once, on the first start.
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoSurveys implements ApplicationRunner {

    private static final Set<String> DEMO_COMMUNES = Set.of("Phường Bắc Nha Trang");
    private static final String COUNTER_TEMPLATE = "SIPAS-MOT-CUA";

    private final OrgDirectory org;
    private final SurveyTemplates templates;
    private final SurveyRepository surveys;
    private final SurveyForms forms;
    private final ResponseRepository responses;
    private final Clock clock;

    DemoSurveys(OrgDirectory org, SurveyTemplates templates, SurveyRepository surveys, SurveyForms forms,
                ResponseRepository responses, Clock clock) {
        this.org = org;
        this.templates = templates;
        this.surveys = surveys;
        this.forms = forms;
        this.responses = responses;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Province province : org.provinces()) {
            for (Commune c : org.communesOf(province.id())) {
                if (DEMO_COMMUNES.contains(c.name()) && surveys.surveys(c.id()).isEmpty()) {
                    load(c);
                }
            }
        }
    }

    private void load(Commune commune) {
        List<Recipient> agency = org.withRole(commune.id(), Role.STANDING_AGENCY);
        TemplateVersion template = templates.latest(commune.provinceId()).stream()
                .filter(t -> t.code().equals(COUNTER_TEMPLATE)).findFirst().orElse(null);
        if (agency.isEmpty() || template == null) {
            return;
        }
        long user = agency.get(0).userId();
        LocalDate today = VietnamTime.today(clock);
        LocalDate start = LocalDate.of(today.getYear(), 1, 1);
        long survey = surveys.insertSurvey(commune.id(), "Khảo sát sự hài lòng tại Bộ phận Một cửa năm " + today.getYear(),
                start, LocalDate.of(today.getYear(), 12, 31), true, user, clock.instant());
        long form = surveys.insertForm(commune.id(), survey, 1, template.id(), vn.cchc.survey.questionnaire.OwnQuestions.NONE,
                user, clock.instant());
        Long centre = org.units(commune.id()).stream().filter(u -> u.kind() == UnitKind.SERVICE_CENTRE)
                .map(Unit::id).findFirst().orElse(null);
        List<Long> points = new ArrayList<>();
        points.add(surveys.insertPoint(commune.id(), survey, SurveyService.token(), SurveyPoint.Kind.COUNTER,
                "Quầy số 1 – Bộ phận Một cửa", centre, null));
        points.add(surveys.insertPoint(commune.id(), survey, SurveyService.token(), SurveyPoint.Kind.COUNTER,
                "Quầy số 2 – Bộ phận Một cửa", centre, null));
        points.add(surveys.insertPoint(commune.id(), survey, SurveyService.token(), SurveyPoint.Kind.FIELD,
                "Lĩnh vực Hộ tịch", null, "Hộ tịch"));
        Questionnaire q = forms.form(commune.id(), form).questionnaire();
        Random random = new Random(commune.id() * 31L);
        for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
            int n = random.nextInt(3);
            for (int i = 0; i < n; i++) {
                int p = random.nextInt(points.size());
                boolean paper = random.nextInt(10) == 0;
                List<String> flags = !paper && random.nextInt(40) == 0 ? List.of("too-fast") : List.of();
                ResponseRepository.Origin origin = new ResponseRepository.Origin(commune.id(), survey, form,
                        paper ? null : points.get(p), p < 2 ? centre : null, p == 2 ? "Hộ tịch" : null, null,
                        paper ? ResponseRepository.Channel.INTERVIEW : ResponseRepository.Channel.WEB,
                        paper ? user : null, null, flags);
                responses.insert(origin, day.atTime(8 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.ofHours(7)),
                        day, answers(q, random));
            }
        }
    }

    /** Answers to the satisfaction items: mostly 4 and 5, the procedures element a little lower, some skipped. */
    private static List<AnswerSheet.Answer> answers(Questionnaire q, Random random) {
        List<AnswerSheet.Answer> out = new ArrayList<>();
        for (Questionnaire.Item item : q.items()) {
            if (item.element() == null || random.nextInt(25) == 0) {
                continue;
            }
            int roll = random.nextInt(100) - ("PROCEDURE".equals(item.element()) ? 8 : 0);
            int value = roll < 2 ? 2 : roll < 9 ? 3 : roll < 55 ? 4 : 5;
            out.add(new AnswerSheet.Answer(item.code(), Math.max(1, value), null));
        }
        return out;
    }
}
