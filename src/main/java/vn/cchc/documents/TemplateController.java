package vn.cchc.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;

/** The province admin's document templates: download the default or the one in force, upload a replacement. */
@Controller
class TemplateController {

    private final DocumentTemplates templates;

    TemplateController(DocumentTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/documents/templates")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        return page(me, null, model);
    }

    @GetMapping("/documents/templates/{kind}/default.docx")
    ResponseEntity<byte[]> defaultTemplate(@AuthenticationPrincipal CurrentUser me, @PathVariable String kind) {
        DocumentKind k = kind(kind);
        DocumentTemplates.requireAdmin(me);
        return Downloads.docx(DefaultTemplates.of(k), "mau-mac-dinh-" + k.fileStem() + ".docx");
    }

    @GetMapping("/documents/templates/{kind}/current.docx")
    ResponseEntity<byte[]> current(@AuthenticationPrincipal CurrentUser me, @PathVariable String kind) {
        DocumentKind k = kind(kind);
        DocumentTemplates.requireAdmin(me);
        return Downloads.docx(templates.template(me.provinceId(), k), "mau-" + k.fileStem() + ".docx");
    }

    @PostMapping("/documents/templates/{kind}")
    String upload(@AuthenticationPrincipal CurrentUser me, @PathVariable String kind,
                  @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws IOException {
        DocumentKind k = kind(kind);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", "documents.template.noFile");
            }
            templates.upload(me, k, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidInput refused) {
            response.setStatus(422);
            model.addAttribute("refused", new Refused(k, refused.problems()));
            return page(me, k, model);
        }
        redirect.addFlashAttribute("notice", "documents.template.saved");
        return "redirect:/documents/templates";
    }

    @PostMapping("/documents/templates/{kind}/default")
    String useDefault(@AuthenticationPrincipal CurrentUser me, @PathVariable String kind,
                      RedirectAttributes redirect) {
        templates.useDefault(me, kind(kind));
        redirect.addFlashAttribute("notice", "documents.template.defaultRestored");
        return "redirect:/documents/templates";
    }

    /** The problems that refused an upload, shown on the kind's row. */
    record Refused(DocumentKind kind, List<InvalidInput.Problem> problems) {
    }

    private String page(CurrentUser me, DocumentKind open, Model model) {
        model.addAttribute("history", templates.history(me));
        model.addAttribute("kinds", Arrays.stream(DocumentKind.values())
                .map(k -> new KindRow(k, templates.usesDefault(me.provinceId(), k), k.vocabulary())).toList());
        model.addAttribute("open", open);
        return "documents/templates";
    }

    record KindRow(DocumentKind kind, boolean usesDefault, TemplateVocabulary vocabulary) {
    }

    private static DocumentKind kind(String slug) {
        return DocumentKind.bySlug(slug).orElseThrow(() -> new NotFoundException("document kind", slug));
    }
}
