package vn.cchc.progress;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.evidence.DocumentKind;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.evidence.FileType;
import vn.cchc.shared.FormSubmission;
import vn.cchc.org.CurrentUser;

/** A unit's report: open, fill line by line with evidence, submit; accept or return it for the standing agency. */
@Controller
class ReportController {

    private final ReportService reports;
    private final EvidenceService evidence;

    ReportController(ReportService reports, EvidenceService evidence) {
        this.reports = reports;
        this.evidence = evidence;
    }

    @PostMapping("/progress/reports")
    String start(@AuthenticationPrincipal CurrentUser me, @RequestParam long plan, @RequestParam long unit,
                 @RequestParam String period) {
        return "redirect:/progress/reports/" + reports.start(me, plan, unit, period);
    }

    @GetMapping("/progress/reports/{id}")
    String page(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        ReportPage page = reports.page(me, id);
        model.addAttribute("page", page);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", vn.cchc.shared.Formats.megabytes(evidence.maxBytes()));
        model.addAttribute("accept", FileType.acceptAttribute());
        if (page.editable()) {
            model.addAttribute("library", evidence.library(me, null, null));
        }
        return "progress/report";
    }

    @PostMapping("/progress/reports/{id}/lines/{itemId}")
    String saveLine(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long itemId,
                    @ModelAttribute("line") ItemForm form, BindingResult lineBinding,
                    @ModelAttribute("upload") EvidenceForm upload, BindingResult uploadBinding,
                    @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        if (lineBinding.hasErrors() || uploadBinding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return refused(me, id, itemId, "progress.line.badValue", null, model);
        }
        return FormSubmission.attempt(response, () -> {
            reports.saveLine(me, id, itemId, form, upload, file);
            redirect.addFlashAttribute("notice", "progress.line.saved");
            redirect.addFlashAttribute("savedLine", itemId);
            return "redirect:/progress/reports/" + id + "#line-" + itemId;
        }, (key, args) -> refused(me, id, itemId, key, args, model));
    }

    @PostMapping("/progress/reports/{id}/submit")
    String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int version,
                  RedirectAttributes redirect) {
        int versionNo = reports.submit(me, id, version);
        redirect.addFlashAttribute("notice", "progress.report.submitted");
        redirect.addFlashAttribute("noticeArg", versionNo);
        return "redirect:/progress/reports/" + id;
    }

    @PostMapping("/progress/reports/{id}/review")
    String review(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam String decision,
                  @RequestParam(required = false) String comment, @RequestParam int version,
                  RedirectAttributes redirect) {
        boolean accept = "ACCEPT".equals(decision);
        reports.review(me, id, accept, comment, version);
        redirect.addFlashAttribute("notice", accept ? "progress.report.accepted" : "progress.report.returned");
        return "redirect:/progress/reports/" + id;
    }

    private String refused(CurrentUser me, long id, long itemId, String key, Object[] args, Model model) {
        model.addAttribute("problem", key);
        model.addAttribute("problemArgs", args);
        model.addAttribute("problemLine", itemId);
        return page(me, id, model);
    }
}
