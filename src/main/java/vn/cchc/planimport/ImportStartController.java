package vn.cchc.planimport;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Formats;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.TooLarge;
import vn.cchc.shared.UploadedFile;

/** The import's start page: upload a plan document or paste its text; the drafts still under review. */
@Controller
class ImportStartController {

    private final ImportService imports;

    ImportStartController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/plans/import")
    String start(@AuthenticationPrincipal CurrentUser me, Model model) {
        return page(me, model, "", List.of());
    }

    /** A refusal comes back on the form with what was pasted (413 over the size limit, else 422). */
    @PostMapping("/plans/import")
    String read(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) MultipartFile file,
                @RequestParam(required = false) String text, Model model, HttpServletResponse response) {
        try {
            return "redirect:/plans/import/" + imports.start(me, UploadedFile.from(file), text);
        } catch (TooLarge e) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return page(me, model, text, List.of(new InvalidInput.Problem("file", e.messageKey(), e.args())));
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, model, text, e.problems());
        }
    }

    private String page(CurrentUser me, Model model, String text, List<InvalidInput.Problem> problems) {
        model.addAttribute("drafts", imports.openDrafts(me));
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("problems", problems);
        model.addAttribute("maxSize", Formats.megabytes(imports.maxBytes()));
        return "planimport/start";
    }
}
