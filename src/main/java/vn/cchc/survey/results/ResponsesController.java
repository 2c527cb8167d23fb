package vn.cchc.survey.results;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodChoice;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Role;
import vn.cchc.org.Unit;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.XlsxTable;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;
import vn.cchc.survey.results.ResponsesRepository.AnswerRow;
import vn.cchc.survey.results.ResponsesRepository.ResponseRow;

/**
 * Single responses: the anonymised raw export (every commune role, as the results), and the review of flagged
 * ones by the standing agency or the commune admin, who keep or exclude them (never delete; the reviewer is stored).
 */
@Controller
class ResponsesController {

    enum Decision { KEEP, EXCLUDE }

    private final ResponsesRepository responses;
    private final SurveyFigures figures;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    ResponsesController(ResponsesRepository responses, SurveyFigures figures, OrgDirectory org,
                        MessageSource messages, Clock clock) {
        this.responses = responses;
        this.figures = figures;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/survey/responses")
    String flagged(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                   Model model) {
        requireReviewer(me);
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        model.addAttribute("period", p);
        model.addAttribute("periods", PeriodChoice.options(p.year(), VietnamTime.today(clock)));
        model.addAttribute("responses", responses.responses(me.requireCommune(), p, null, true));
        return "survey/responses";
    }

    @PostMapping("/survey/responses/{id}/review")
    @Transactional
    String review(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam Decision decision,
                  @RequestParam(required = false) String period) {
        requireReviewer(me);
        if (!responses.review(me.requireCommune(), id, decision == Decision.KEEP ? "KEPT" : "EXCLUDED", me.id())) {
            throw new NotFoundException("flagged survey response", id);
        }
        return "redirect:/survey/responses" + (period == null ? ""
                : "?period=" + PeriodChoice.parse(period, VietnamTime.today(clock)).code());
    }

    @GetMapping("/survey/responses.xlsx")
    @Transactional(readOnly = true)
    void export(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                @RequestParam(required = false) Long survey, HttpServletResponse response) throws IOException {
        long commune = me.requireCommune();
        figures.requireOwn(commune, new Filter(survey, null, null, null));
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        List<String> items = items(commune, p, survey);
        Map<Long, Map<String, String>> answers = answers(responses.answers(commune, p, survey));
        Map<Long, String> units = org.units(commune).stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<String> headers = new ArrayList<>(List.of(msg("survey.responses.no"), msg("survey.responses.date"),
                msg("survey.responses.channel"), msg("survey.results.point"), msg("survey.results.unit"),
                msg("survey.results.field"), msg("survey.responses.flags"), msg("survey.responses.review")));
        headers.addAll(items);
        try (XlsxTable x = new XlsxTable()) {
            x.sheet(msg("survey.responses.sheet"), headers);
            for (ResponseRow r : responses.responses(commune, p, survey, false)) {
                List<Object> row = new ArrayList<>(List.of(r.id(), r.answeredOn(),
                        msg("survey.channel." + r.channel()), nz(r.point()), nz(units.get(r.unitId())), nz(r.field()),
                        flagWords(r.flags()), msg("survey.review." + r.review())));
                Map<String, String> mine = answers.getOrDefault(r.id(), Map.of());
                items.forEach(code -> row.add(mine.getOrDefault(code, "")));
                x.row(row.toArray());
            }
            x.send(response, "survey-responses-" + p.code() + ".xlsx");
        }
    }

    /** One column per item the period's forms asked, the province's first, in the forms' order. */
    private List<String> items(long commune, Period p, Long survey) {
        LinkedHashMap<String, String> codes = new LinkedHashMap<>();
        for (ResultsRepository.FormDefinition d : responses.forms(commune, p, survey)) {
            Questionnaire q = QuestionnaireJson.read(d.definition()).withOwn(QuestionnaireJson.readOwn(d.ownQuestions()));
            q.items().forEach(i -> codes.putIfAbsent(i.code(), i.code()));
        }
        return List.copyOf(codes.keySet());
    }

    /** Each response's answers by item: the value, the text, or a multi-choice's values joined with "; ". */
    private static Map<Long, Map<String, String>> answers(List<AnswerRow> rows) {
        Map<Long, Map<String, String>> all = new LinkedHashMap<>();
        for (AnswerRow a : rows) {
            String v = a.value() != null ? a.value().toString() : a.text();
            all.computeIfAbsent(a.responseId(), k -> new LinkedHashMap<>())
                    .merge(a.itemCode(), v, (x, y) -> x + "; " + y);
        }
        return all;
    }

    private String flagWords(List<String> flags) {
        return flags.stream().map(f -> msg("survey.flag." + f)).collect(Collectors.joining("; "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static boolean mayReview(CurrentUser me) {
        return me.role() == Role.STANDING_AGENCY || me.role() == Role.COMMUNE_ADMIN;
    }

    private static void requireReviewer(CurrentUser me) {
        if (!mayReview(me)) {
            throw new AccessDeniedException("Only the standing agency and the commune admin review survey responses");
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
