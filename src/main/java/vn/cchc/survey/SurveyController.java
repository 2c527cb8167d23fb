package vn.cchc.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.dossier.DossierRatings;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.FormSubmission;

/** A commune's surveys: the list, a new survey, its settings, its own questions and its QR points. */
@Controller
class SurveyController {

    private final SurveyService surveys;
    private final SurveyAccess access;
    private final OrgDirectory org;
    private final DossierRatings dossiers;

    SurveyController(SurveyService surveys, SurveyAccess access, OrgDirectory org, DossierRatings dossiers) {
        this.surveys = surveys;
        this.access = access;
        this.org = org;
        this.dossiers = dossiers;
    }

    @GetMapping("/survey")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        List<Survey> list = surveys.surveys(me);
        model.addAttribute("surveys", list);
        model.addAttribute("canManage", access.canManage(me));
        model.addAttribute("today", surveys.today());
        if (!model.containsAttribute("form")) {
            SurveyFormData form = new SurveyFormData();
            form.setOpensOn(surveys.today());
            model.addAttribute("form", form);
        }
        model.addAttribute("templates", access.canManage(me) ? surveys.templates(me) : List.of());
        return "survey/surveys";
    }

    @PostMapping("/survey")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") SurveyFormData form,
                  BindingResult binding, Model model, HttpServletResponse response) {
        access.requireManage(me);
        return FormSubmission.submit(binding, response, () -> "redirect:/survey/" + surveys.create(me, form),
                () -> list(me, model));
    }

    @GetMapping("/survey/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Survey survey = surveys.survey(me, id);
        model.addAttribute("survey", survey);
        model.addAttribute("form", surveys.currentForm(survey));
        model.addAttribute("points", surveys.points(me, id));
        model.addAttribute("responses", surveys.responses(me, id));
        model.addAttribute("canManage", access.canManage(me));
        model.addAttribute("canInterview", access.canInterview(me));
        model.addAttribute("accepting", survey.accepting(surveys.today()));
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", SurveyFormData.of(survey));
        }
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", new OwnQuestionData());
        }
        if (!model.containsAttribute("point")) {
            model.addAttribute("point", new PointFormData());
        }
        if (access.canManage(me)) {
            model.addAttribute("units", org.activeUnits(me.requireCommune()));
            model.addAttribute("fields", dossiers.fields(me.requireCommune()));
        }
        return "survey/survey";
    }

    @PostMapping("/survey/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @ModelAttribute("settings") SurveyFormData settings, BindingResult binding, Model model,
                  HttpServletResponse response) {
        access.requireManage(me);
        surveys.survey(me, id);
        return FormSubmission.submit(binding, response, () -> {
            surveys.update(me, id, settings);
            return "redirect:/survey/" + id;
        }, () -> show(me, id, model));
    }

    @PostMapping("/survey/{id}/template")
    String useLatestTemplate(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model,
                             HttpServletResponse response) {
        return FormSubmission.attempt(response, () -> {
            surveys.useLatestTemplate(me, id);
            return "redirect:/survey/" + id;
        }, (key, args) -> refused(me, id, model, key, args));
    }

    @PostMapping("/survey/{id}/questions")
    String addQuestion(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                       @ModelAttribute("question") OwnQuestionData question, BindingResult binding, Model model,
                       HttpServletResponse response) {
        access.requireManage(me);
        surveys.survey(me, id);
        return FormSubmission.submit(binding, response, () -> {
            surveys.addOwnQuestion(me, id, question);
            return "redirect:/survey/" + id + "#own";
        }, () -> show(me, id, model));
    }

    @PostMapping("/survey/{id}/questions/remove")
    String removeQuestion(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                          @RequestParam(defaultValue = "") String code, Model model, HttpServletResponse response) {
        return FormSubmission.attempt(response, () -> {
            surveys.removeOwnQuestion(me, id, code);
            return "redirect:/survey/" + id + "#own";
        }, (key, args) -> refused(me, id, model, key, args));
    }

    @PostMapping("/survey/{id}/points")
    String addPoint(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                    @ModelAttribute("point") PointFormData point, BindingResult binding, Model model,
                    HttpServletResponse response) {
        access.requireManage(me);
        surveys.survey(me, id);
        return FormSubmission.submit(binding, response, () -> {
            surveys.addPoint(me, id, point);
            return "redirect:/survey/" + id + "#points";
        }, () -> show(me, id, model));
    }

    @PostMapping("/survey/{id}/points/{pointId}/active")
    String setPointActive(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long pointId,
                          @RequestParam(defaultValue = "false") boolean active) {
        surveys.setPointActive(me, id, pointId, active);
        return "redirect:/survey/" + id + "#points";
    }

    private String refused(CurrentUser me, long id, Model model, String key, Object[] args) {
        model.addAttribute("refusalKey", key);
        model.addAttribute("refusalArgs", args);
        return show(me, id, model);
    }
}
