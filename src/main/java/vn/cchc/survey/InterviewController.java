package vn.cchc.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.dossier.DossierRatings;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.survey.questionnaire.AnswerSheet;

/**
 * Paper forms and interviews typed in by an officer, who is recorded as the interviewer. The unit and field may be
 * chosen; a dossier code attaches the rating to the dossier as on the public form.
 */
@Controller
class InterviewController {

    private final SurveyService surveys;
    private final Submissions submissions;
    private final SurveyAccess access;
    private final OrgDirectory org;
    private final DossierRatings dossiers;
    private final MessageSource messages;

    InterviewController(SurveyService surveys, Submissions submissions, SurveyAccess access, OrgDirectory org,
                        DossierRatings dossiers, MessageSource messages) {
        this.surveys = surveys;
        this.submissions = submissions;
        this.access = access;
        this.org = org;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @GetMapping("/survey/{id}/interview")
    String form(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        access.requireInterview(me);
        Survey survey = surveys.survey(me, id);
        return page(me, survey, survey.formId(), null, null, null, Map.of(), Map.of(), Set.of(), null, model);
    }

    @PostMapping("/survey/{id}/interview")
    String enter(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                 @RequestParam MultiValueMap<String, String> fields,
                 @RequestParam(name = "form", defaultValue = "0") long formId,
                 @RequestParam(name = "hs", required = false) String dossierCode,
                 @RequestParam(name = "unitId", required = false) Long unitId,
                 @RequestParam(name = "field", required = false) String field,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.requireInterview(me);
        Survey survey = surveys.survey(me, id);
        String code = dossierCode == null || dossierCode.isBlank() ? null : dossierCode.strip();
        Long unit = unitId == null ? null : org.unit(me.requireCommune(), unitId).map(u -> u.id()).orElse(null);
        // a field is one of the commune's procedure fields (a select); anything else is not stored
        String chosenField = field == null || field.isBlank() || !dossiers.fields(me.requireCommune()).contains(field.strip())
                ? null : field.strip();
        Map<String, List<String>> typed = PublicFormPage.only(fields);
        try {
            Submissions.Outcome outcome = submissions.interview(me.requireCommune(), me.id(), id,
                    new Submissions.Filled(formId, typed, code), unit, chosenField);
            if (outcome.stored()) {
                redirect.addFlashAttribute("saved", outcome.responseId());
                return "redirect:/survey/" + id + "/interview";
            }
            response.setStatus(422);
            Map<String, String> problems = new HashMap<>();
            outcome.sheet().problems().forEach(p -> problems.putIfAbsent(p.itemCode(),
                    messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale())));
            return page(me, survey, formId, code, unit, chosenField, typed, problems, outcome.sheet().shownBlocks(),
                    "survey.public.fix", model);
        } catch (PublicRefusal refusal) {
            response.setStatus(refusal.status());
            Set<String> shown = AnswerSheet.read(surveys.form(survey, formId).questionnaire(), typed, code != null)
                    .shownBlocks();
            return page(me, survey, formId, code, unit, chosenField, typed, Map.of(), shown, refusal.messageKey(),
                    model);
        }
    }

    private String page(CurrentUser me, Survey survey, long formId, String code, Long unitId, String field,
                        Map<String, List<String>> typed, Map<String, String> problems, Set<String> shown,
                        String refusalKey, Model model) {
        SurveyForm form = surveys.form(survey, formId);
        String refusal = refusalKey == null ? null
                : messages.getMessage(refusalKey, null, LocaleContextHolder.getLocale());
        model.addAttribute("survey", survey);
        model.addAttribute("page", new PublicFormPage("", survey.title(), "", "", form.id(), form.questionnaire(),
                "", code, typed, problems, shown, refusal, "/survey/" + survey.id() + "/interview"));
        model.addAttribute("units", org.activeUnits(me.requireCommune()));
        model.addAttribute("fields", dossiers.fields(me.requireCommune()));
        model.addAttribute("unitId", unitId);
        model.addAttribute("field", field);
        model.addAttribute("accepting", survey.accepting(surveys.today()));
        return "survey/interview";
    }
}
