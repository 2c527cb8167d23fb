package vn.cchc.survey.template;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.XlsxTable;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;
import vn.cchc.survey.template.SurveyTemplates.TemplateVersion;

/** The province's questionnaires: list, a version, its JSON, the edit form and the upload of a new version. */
@Controller
class SurveyTemplateController {

    /** A questionnaire file is a few tens of kilobytes; a megabyte is already far more than any form needs. */
    static final int MAX_UPLOAD = 1024 * 1024;

    private final SurveyTemplates templates;

    SurveyTemplateController(SurveyTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/survey/templates")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("templates", templates.latest(me.provinceId()).stream()
                .map(t -> new Listed(t, new TemplateView(t.questionnaire()))).toList());
        model.addAttribute("canPublish", mayPublish(me));
        return "survey/template/list";
    }

    /** A row of the list: the version and its counts (public: Thymeleaf reads it). */
    public record Listed(TemplateVersion version, TemplateView view) {
    }

    @GetMapping("/survey/templates/{id}")
    String view(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        TemplateVersion t = templates.version(me.provinceId(), id);
        model.addAttribute("t", t);
        model.addAttribute("q", t.questionnaire());
        model.addAttribute("view", new TemplateView(t.questionnaire()));
        model.addAttribute("history", templates.history(me.provinceId(), t.code()));
        model.addAttribute("canPublish", mayPublish(me));
        return "survey/template/view";
    }

    @GetMapping("/survey/templates/{id}/json")
    void json(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        TemplateVersion t = templates.version(me.provinceId(), id);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition",
                XlsxTable.contentDisposition(t.code() + "-v" + t.version() + ".json"));
        response.getOutputStream().write(QuestionnaireJson.write(t.questionnaire()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/survey/templates/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        requirePublisher(me);
        TemplateVersion t = templates.version(me.provinceId(), id);
        return editPage(t, TemplateEdit.values(t.questionnaire()), List.of(), model);
    }

    @PostMapping("/survey/templates/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        requirePublisher(me);
        TemplateVersion t = templates.version(me.provinceId(), id);
        try {
            Questionnaire edited = TemplateEdit.apply(t.questionnaire(), params);
            TemplateVersion published = templates.publish(me.provinceId(), edited, me);
            redirect.addFlashAttribute("notice", "survey.template.published");
            redirect.addFlashAttribute("noticeArg", published.version());
            return "redirect:/survey/templates/" + published.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return editPage(t, TemplateEdit.typed(t.questionnaire(), params), e.problems(), model);
        }
    }

    private String editPage(TemplateVersion t, java.util.Map<String, String> values,
                            List<InvalidInput.Problem> problems, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("q", t.questionnaire());
        // Editing an older version publishes on top of the newest one: the page says so, as it drops later changes.
        model.addAttribute("newest", templates.history(t.provinceId(), t.code()).get(0).version());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("methods", List.of("SHARE_SATISFIED", "MEAN_OVER_5"));
        return "survey/template/edit";
    }

    @PostMapping("/survey/templates/upload")
    String upload(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) MultipartFile file,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        requirePublisher(me);
        try {
            TemplateVersion published = templates.publish(me.provinceId(), read(file), me);
            redirect.addFlashAttribute("notice", "survey.template.published");
            redirect.addFlashAttribute("noticeArg", published.version());
            return "redirect:/survey/templates/" + published.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("uploadProblems", e.problems());
            return list(me, model);
        }
    }

    /** The file as a questionnaire; refused when it is missing, too large, not UTF-8 or not a questionnaire. */
    private static Questionnaire read(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInput.of("file", "survey.template.upload.empty");
        }
        if (file.getSize() > MAX_UPLOAD) {
            throw InvalidInput.of("file", "survey.template.upload.tooBig", MAX_UPLOAD / 1024);
        }
        try {
            String json = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getBytes())).toString();
            Questionnaire q = QuestionnaireJson.read(json);
            if (q == null) {
                throw new IllegalArgumentException("null");
            }
            return q;
        } catch (CharacterCodingException | IllegalArgumentException e) {
            throw InvalidInput.of("file", "survey.template.upload.notJson");
        }
    }

    private static boolean mayPublish(CurrentUser me) {
        return me.role() == Role.PROVINCE_ADMIN;
    }

    private static void requirePublisher(CurrentUser me) {
        if (!mayPublish(me)) {
            throw new AccessDeniedException("survey template");
        }
    }
}
