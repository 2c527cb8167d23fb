package vn.cchc.survey;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.PageVersions;
import vn.cchc.shared.VietnamTime;
import vn.cchc.survey.guard.DeviceIds;
import vn.cchc.survey.guard.FormStamp;
import vn.cchc.survey.questionnaire.AnswerSheet;

/**
 * The public form behind a QR code: no login, one small page. {@code hs} carries the dossier code printed on the
 * receipt, so the rating attaches to that dossier. A device cookie (a random id, stored only as a hash) lets us limit
 * answers per phone without knowing whose phone it is.
 */
@Controller
class PublicSurveyController {

    static final String DEVICE_COOKIE = "sv_device";

    private final SurveyRepository surveys;
    private final SurveyForms forms;
    private final Submissions submissions;
    private final FormStamp stamps;
    private final OrgDirectory org;
    private final PageVersions pages;
    private final MessageSource messages;
    private final Clock clock;

    PublicSurveyController(SurveyRepository surveys, SurveyForms forms, Submissions submissions, FormStamp stamps,
                           OrgDirectory org, PageVersions pages, MessageSource messages, Clock clock) {
        this.surveys = surveys;
        this.forms = forms;
        this.submissions = submissions;
        this.stamps = stamps;
        this.org = org;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/khao-sat/{token}")
    String form(@PathVariable String token, @RequestParam(name = "hs", required = false) String dossierCode,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        SurveyPoint point = point(token);
        Survey survey = surveyOf(point);
        if (!survey.accepting(VietnamTime.today(clock))) {
            return refused(response, model, 410, "survey.public.closed", point);
        }
        deviceId(request, response);
        String code = blankToNull(dossierCode);
        model.addAttribute("page", page(point, survey, survey.formId(), code, Map.of(), Map.of(),
                code == null ? Set.of() : dossierBlocks(point, survey.formId()), null));
        return "survey/public-form";
    }

    @PostMapping("/khao-sat/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> fields,
                  @RequestParam(name = "form", defaultValue = "0") long formId,
                  @RequestParam(name = "hs", required = false) String dossierCode,
                  @RequestParam(name = "website", required = false) String honeypot,
                  @RequestParam(name = "stamp", required = false) String stamp,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        SurveyPoint point = point(token);
        String code = blankToNull(dossierCode);
        Map<String, List<String>> typed = PublicFormPage.only(fields);
        Submissions.Web web = new Submissions.Web(honeypot, stamp, request.getRemoteAddr(), deviceId(request, response));
        try {
            Submissions.Outcome outcome = submissions.publicAnswer(point,
                    new Submissions.Filled(formId, typed, code), web);
            if (outcome.stored()) {
                pages.changed(point.communeId());  // an anonymous write: the page cache's filter cannot tell whose
                return "redirect:/khao-sat/" + token + "/cam-on";
            }
            response.setStatus(422);
            Survey survey = surveyOf(point);
            model.addAttribute("page", page(point, survey, formId, code, typed, problems(outcome.sheet()),
                    outcome.sheet().shownBlocks(), message("survey.public.fix")));
            return "survey/public-form";
        } catch (PublicRefusal refusal) {
            return onRefusal(refusal, point, formId, code, typed, response, model);
        }
    }

    @GetMapping("/khao-sat/{token}/cam-on")
    String thanks(@PathVariable String token, Model model) {
        SurveyPoint point = point(token);
        model.addAttribute("heading", org.commune(point.communeId()).name());
        model.addAttribute("token", token);
        return "survey/public-thanks";
    }

    /**
     * An unknown or stopped point, or a parameter that does not even read as a number, ends on the public message
     * page: the app's error page uses the app's layout, whose CSRF token would open a session per passer-by.
     */
    @ExceptionHandler({vn.cchc.shared.NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String publicError(Exception e, HttpServletResponse response, Model model) {
        boolean missing = e instanceof vn.cchc.shared.NotFoundException;
        response.setStatus(missing ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", message(missing ? "survey.public.notFound" : "survey.public.formInvalid"));
        return "survey/public-message";
    }

    /** Too many answers and a dossier already rated keep the page with what was typed; the rest end on a message. */
    private String onRefusal(PublicRefusal refusal, SurveyPoint point, long formId, String code,
                             Map<String, List<String>> typed, HttpServletResponse response, Model model) {
        if (refusal.status() != 429 && refusal.status() != 409) {
            return refused(response, model, refusal.status(), refusal.messageKey(), point);
        }
        response.setStatus(refusal.status());
        Survey survey = surveyOf(point);
        Set<String> shown = AnswerSheet.read(forms.form(point.communeId(), formId).questionnaire(), typed,
                code != null).shownBlocks();
        model.addAttribute("page", page(point, survey, formId, code, typed, Map.of(), shown,
                message(refusal.messageKey())));
        return "survey/public-form";
    }

    private String refused(HttpServletResponse response, Model model, int status, String key, SurveyPoint point) {
        response.setStatus(status);
        model.addAttribute("heading", org.commune(point.communeId()).name());
        model.addAttribute("message", message(key));
        return "survey/public-message";
    }

    private PublicFormPage page(SurveyPoint point, Survey survey, long formId, String code,
                                Map<String, List<String>> typed, Map<String, String> problems, Set<String> shown,
                                String refusal) {
        SurveyForm form = forms.form(point.communeId(), formId);
        return new PublicFormPage(org.commune(point.communeId()).name(), survey.title(), point.label(), point.token(),
                form.id(), form.questionnaire(), stamps.issue(point.token(), clock.instant()), code, typed, problems,
                shown, refusal, "/khao-sat/" + point.token());
    }

    private Set<String> dossierBlocks(SurveyPoint point, long formId) {
        return AnswerSheet.read(forms.form(point.communeId(), formId).questionnaire(), Map.of(), true).shownBlocks();
    }

    private Map<String, String> problems(AnswerSheet.Result sheet) {
        Map<String, String> out = new HashMap<>();
        sheet.problems().forEach(p -> out.putIfAbsent(p.itemCode(),
                messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale())));
        return out;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private SurveyPoint point(String token) {
        if (token.length() > 16) {
            throw gone();
        }
        return surveys.pointByToken(token).filter(SurveyPoint::active).orElseThrow(PublicSurveyController::gone);
    }

    private Survey surveyOf(SurveyPoint point) {
        return surveys.survey(point.communeId(), point.surveyId()).orElseThrow(PublicSurveyController::gone);
    }

    private static vn.cchc.shared.NotFoundException gone() {
        return new vn.cchc.shared.NotFoundException("survey point", "");
    }

    /** The device cookie: read, or made and set (one year, this path only, not readable by scripts). */
    private static String deviceId(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (DEVICE_COOKIE.equals(c.getName()) && DeviceIds.wellFormed(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        String id = DeviceIds.newId();
        Cookie cookie = new Cookie(DEVICE_COOKIE, id);
        cookie.setPath("/khao-sat");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
