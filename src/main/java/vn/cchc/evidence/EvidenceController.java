package vn.cchc.evidence;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.UploadedFile;

/** The evidence library: upload with metadata, search, download (checksum verified) and hide. */
@Controller
class EvidenceController {

    private final EvidenceService evidence;
    private final OrgDirectory org;

    EvidenceController(EvidenceService evidence, OrgDirectory org) {
        this.evidence = evidence;
        this.org = org;
    }

    @GetMapping("/evidence")
    String library(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long unit,
                   @RequestParam(required = false) String q, Model model) {
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", new EvidenceForm());
        }
        model.addAttribute("documents", evidence.library(me, unit, q));
        model.addAttribute("units", org.activeUnits(me.requireCommune()));
        model.addAttribute("unitFilter", unit);
        model.addAttribute("q", q);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", vn.cchc.shared.Formats.megabytes(evidence.maxBytes()));
        model.addAttribute("accept", FileType.acceptAttribute());
        return "evidence/library";
    }

    @PostMapping("/evidence")
    String upload(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("evidenceForm") EvidenceForm form,
                  BindingResult binding, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) Long unitId, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.submit(binding, response, () -> {
            EvidenceDocument doc = evidence.upload(me, unitId, form, UploadedFile.from(file));
            redirect.addFlashAttribute("notice", "evidence.uploadedNotice");
            redirect.addFlashAttribute("noticeArg", doc.title());
            return "redirect:/evidence";
        }, () -> library(me, null, null, model));
    }

    @GetMapping("/evidence/{id}/file")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return EvidenceResponses.attachment(evidence.open(me, id));
    }

    @PostMapping("/evidence/{id}/hide")
    String hide(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        evidence.hide(me, id, reason);
        redirect.addFlashAttribute("notice", "evidence.hidden");
        return "redirect:/evidence";
    }

    @ExceptionHandler(FileStore.CorruptFile.class)
    ModelAndView corrupt(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", 500);
        view.addObject("problem", "evidence.corrupt");
        return view;
    }
}
