package vn.cchc.parindex;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.cchc.org.CurrentUser;
import vn.cchc.org.DeadlineReadings;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.UploadedFile;

/** A commune's assessments, one assessment's and one criterion's page, and the workflow's actions. */
@Controller
class AssessmentController {

    private final Assessments assessments;
    private final StartAssessment starting;
    private final ProposeScore proposing;
    private final ReviewProposal reviewing;
    private final ApproveAndSend approving;
    private final Appraise appraising;
    private final RequestExplanation requesting;
    private final GiveExplanation explaining;
    private final FinaliseAssessment finalising;
    private final EvidenceService evidence;
    private final DeadlineReadings readings;

    AssessmentController(Assessments assessments, StartAssessment starting, ProposeScore proposing,
                         ReviewProposal reviewing, ApproveAndSend approving, Appraise appraising,
                         RequestExplanation requesting, GiveExplanation explaining, FinaliseAssessment finalising,
                         EvidenceService evidence, DeadlineReadings readings) {
        this.starting = starting;
        this.proposing = proposing;
        this.reviewing = reviewing;
        this.approving = approving;
        this.appraising = appraising;
        this.requesting = requesting;
        this.explaining = explaining;
        this.finalising = finalising;
        this.readings = readings;
        this.assessments = assessments;
        this.evidence = evidence;
    }

    @GetMapping("/parindex")
    String home(@AuthenticationPrincipal CurrentUser me, Model model) {
        if (!me.hasCommune()) {
            return "redirect:/parindex/province";
        }
        model.addAttribute("assessments", assessments.ofCommune(me));
        model.addAttribute("canStart", AssessmentPolicy.byRole(me, AssessmentPolicy.Step.START).allowed());
        model.addAttribute("reading", readings.ofProvince(me.provinceId()));
        int year = assessments.today().getYear();
        model.addAttribute("periods", List.of(year + "S1", String.valueOf(year), (year + 1) + "S1"));
        return "parindex/assessments";
    }

    @PostMapping("/parindex/assessments")
    String start(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                 RedirectAttributes redirect) {
        long id = starting.start(me, period);
        redirect.addFlashAttribute("notice", "parindex.started");
        return "redirect:/parindex/assessments/" + id;
    }

    @GetMapping("/parindex/assessments/{id}")
    String page(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("page", assessments.page(me, id));
        model.addAttribute("audit", assessments.auditTrail(me, id));
        model.addAttribute("reading", readings.ofProvince(me.provinceId()));
        return "parindex/assessment";
    }

    @GetMapping("/parindex/items/{itemId}")
    String item(@AuthenticationPrincipal CurrentUser me, @PathVariable long itemId, Model model) {
        AssessmentAccess.Located located = assessments.locate(me, itemId);
        AssessmentPage page = assessments.page(me, located.assessment().id());
        AssessmentPage.Row row = page.row(itemId);
        model.addAttribute("page", page);
        model.addAttribute("row", row);
        model.addAttribute("rule", assessments.ruleOf(row.node()));
        model.addAttribute("audit", assessments.auditTrail(me, page.assessment().id()).stream()
                .filter(c -> c.criterionCode().equals(row.node().code())).toList());
        if (!model.containsAttribute("form")) {
            ProposalForm form = new ProposalForm();
            form.setPoints(row.item().selfPoints());
            form.setCount(row.item().countValue());
            form.setComment(row.item().comment());
            form.setOverrideReason(row.item().overrideReason());
            model.addAttribute("form", form);
        }
        if (page.canEdit(row.item())) {
            model.addAttribute("library", evidence.library(me, null, null));
            model.addAttribute("kinds", DocumentKind.values());
            model.addAttribute("accept", FileType.acceptAttribute());
            model.addAttribute("maxMegabytes", vn.cchc.shared.Formats.megabytes(evidence.maxBytes()));
        }
        if (page.canReview()) {
            model.addAttribute("links", assessments.linkChoices(located));
        }
        return "parindex/item";
    }

    @PostMapping("/parindex/items/{itemId}")
    String propose(@AuthenticationPrincipal CurrentUser me, @PathVariable long itemId,
                   @ModelAttribute("form") ProposalForm form, BindingResult formBinding,
                   @ModelAttribute("upload") EvidenceForm upload, BindingResult uploadBinding,
                   @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        if (formBinding.hasErrors() || uploadBinding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return refused(me, itemId, "parindex.points.invalid", null, model);
        }
        return FormSubmission.attempt(response, () -> {
            proposing.propose(me, itemId, form, upload, UploadedFile.from(file));
            redirect.addFlashAttribute("notice", "parindex.item.saved");
            return "redirect:/parindex/items/" + itemId;
        }, (key, args) -> refused(me, itemId, key, args, model));
    }

    private String refused(CurrentUser me, long itemId, String key, Object[] args, Model model) {
        model.addAttribute("problem", key);
        model.addAttribute("problemArgs", args);
        return item(me, itemId, model);
    }

    @PostMapping("/parindex/items/{itemId}/submit")
    String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long itemId, @RequestParam int version,
                  RedirectAttributes redirect) {
        proposing.submit(me, itemId, version);
        redirect.addFlashAttribute("notice", "parindex.item.submitted");
        return "redirect:/parindex/items/" + itemId;
    }

    @PostMapping("/parindex/items/{itemId}/review")
    String review(@AuthenticationPrincipal CurrentUser me, @PathVariable long itemId, @RequestParam String decision,
                  @RequestParam(required = false) String comment, @RequestParam int version,
                  RedirectAttributes redirect) {
        boolean accept = "ACCEPT".equals(decision);
        reviewing.review(me, itemId, accept, comment, version);
        redirect.addFlashAttribute("notice", accept ? "parindex.item.accepted" : "parindex.item.returned");
        return "redirect:/parindex/items/" + itemId;
    }

    @PostMapping("/parindex/items/{itemId}/unit")
    String reassign(@AuthenticationPrincipal CurrentUser me, @PathVariable long itemId, @RequestParam long unit,
                    RedirectAttributes redirect) {
        reviewing.reassign(me, itemId, unit);
        redirect.addFlashAttribute("notice", "parindex.item.reassigned");
        return "redirect:/parindex/items/" + itemId;
    }

    @PostMapping("/parindex/items/{itemId}/links")
    String link(@AuthenticationPrincipal CurrentUser me, @PathVariable long itemId,
                @RequestParam(required = false) List<Long> tasks, @RequestParam(required = false) List<Long> targets,
                RedirectAttributes redirect) {
        reviewing.link(me, itemId, tasks, targets);
        redirect.addFlashAttribute("notice", "parindex.item.linked");
        return "redirect:/parindex/items/" + itemId;
    }

    @PostMapping("/parindex/items/{itemId}/appraise")
    String appraise(@AuthenticationPrincipal CurrentUser me, @PathVariable long itemId,
                    @RequestParam(required = false) BigDecimal points, @RequestParam(required = false) String comment,
                    @RequestParam(required = false) String explanationRequest, @RequestParam int version,
                    RedirectAttributes redirect) {
        appraising.appraise(me, itemId, points, comment, explanationRequest, version);
        redirect.addFlashAttribute("notice", "parindex.item.appraised");
        return "redirect:/parindex/items/" + itemId;
    }

    @PostMapping("/parindex/items/{itemId}/explain")
    String explain(@AuthenticationPrincipal CurrentUser me, @PathVariable long itemId,
                   @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
        explaining.explain(me, itemId, explanation);
        redirect.addFlashAttribute("notice", "parindex.item.explained");
        return "redirect:/parindex/items/" + itemId;
    }

    @PostMapping("/parindex/assessments/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int version,
                   RedirectAttributes redirect) {
        approving.approve(me, id, version);
        redirect.addFlashAttribute("notice", "parindex.submitted");
        return "redirect:/parindex/assessments/" + id;
    }

    @PostMapping("/parindex/assessments/{id}/explanations")
    String requestExplanations(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                               @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate due,
                               @RequestParam int version, RedirectAttributes redirect) {
        requesting.request(me, id, due, version);
        redirect.addFlashAttribute("notice", "parindex.explain.requested");
        return "redirect:/parindex/assessments/" + id;
    }

    @PostMapping("/parindex/assessments/{id}/explanations/submit")
    String submitExplanations(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int version,
                              RedirectAttributes redirect) {
        explaining.submit(me, id, version);
        redirect.addFlashAttribute("notice", "parindex.explain.submitted");
        return "redirect:/parindex/assessments/" + id;
    }

    @PostMapping("/parindex/assessments/{id}/finalise")
    String finalise(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int version,
                    RedirectAttributes redirect) {
        finalising.finalise(me, id, version);
        redirect.addFlashAttribute("notice", "parindex.finalised");
        return "redirect:/parindex/assessments/" + id;
    }
}
