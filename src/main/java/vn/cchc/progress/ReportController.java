package vn.cchc.progress;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.evidence.DocumentKind;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.evidence.FileType;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.Formats;
import vn.cchc.shared.InvalidInput;

/**
 * A unit's report: open, fill (the whole page is one form, so a save or the submission takes every typed line),
 * submit; accept or return it for the standing agency. A refusal shows the page again with what was typed.
 */
@Controller
class ReportController {

    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]\\.");

    private final ReportService reports;
    private final QuickReportActions quick;
    private final EvidenceService evidence;

    ReportController(ReportService reports, QuickReportActions quick, EvidenceService evidence) {
        this.reports = reports;
        this.quick = quick;
        this.evidence = evidence;
    }

    @PostMapping("/progress/reports")
    String start(@AuthenticationPrincipal CurrentUser me, @RequestParam long plan, @RequestParam long unit,
                 @RequestParam String period) {
        return "redirect:/progress/reports/" + reports.start(me, plan, unit, period);
    }

    /**
     * The page shows what is saved: nothing in its link is bound, so a link can neither prefill nor break it. Only
     * the filter "lines not updated yet" is read from it.
     */
    @GetMapping("/progress/reports/{id}")
    String page(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                @RequestParam(defaultValue = "false") boolean untouched, Model model) {
        model.addAttribute("onlyUntouched", untouched);
        return render(me, id, new ReportForm(), model);
    }

    /** Saves the typed lines, then copies the last sent report's text into the lines' empty fields. */
    @PostMapping("/progress/reports/{id}/copy-last")
    String copyLast(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                    @ModelAttribute("reportForm") ReportForm form, BindingResult binding, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, id, form, binding, "progress.report.notSaved", model, response, () -> {
            int copied = quick.copyLastStatement(me, id, form.getLines());
            redirect.addFlashAttribute("notice", "progress.copy.done");
            redirect.addFlashAttribute("noticeArg", copied);
            return "redirect:/progress/reports/" + id;
        });
    }

    /** Saves the typed lines and marks the chosen ones with one status (and done date), all or nothing. */
    @PostMapping("/progress/reports/{id}/mark")
    String mark(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                @ModelAttribute("reportForm") ReportForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, id, form, binding, "progress.mark.notApplied", model, response, () -> {
            int marked = quick.markLines(me, id, form.getLines(), form.getMarked(), form.getMarkStatus(),
                    form.getMarkOn());
            redirect.addFlashAttribute("notice", "progress.mark.done");
            redirect.addFlashAttribute("noticeArg", marked);
            return "redirect:/progress/reports/" + id;
        });
    }

    @PostMapping("/progress/reports/{id}/save")
    String save(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                @ModelAttribute("reportForm") ReportForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, id, form, binding, "progress.report.notSaved", model, response, () -> {
            int changed = reports.save(me, id, form.getLines());
            String notice = changed == 0 ? "progress.report.unchanged" : "progress.report.saved";
            if (form.getFocus() != null && form.getLines().containsKey(form.getFocus())) {
                redirect.addFlashAttribute("savedLine", form.getFocus());
                redirect.addFlashAttribute("savedNotice", notice);
                redirect.addFlashAttribute("savedCount", changed);
                return "redirect:/progress/reports/" + id + "#line-" + form.getFocus();
            }
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeArg", changed);
            return "redirect:/progress/reports/" + id;
        });
    }

    @PostMapping("/progress/reports/{id}/submit")
    String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int version,
                  @ModelAttribute("reportForm") ReportForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, id, form, binding, "progress.report.notSubmitted", model, response, () -> {
            int versionNo = reports.submit(me, id, version, form.getLines());
            redirect.addFlashAttribute("notice", "progress.report.submitted");
            redirect.addFlashAttribute("noticeArg", versionNo);
            return "redirect:/progress/reports/" + id;
        });
    }

    @PostMapping("/progress/reports/{id}/review")
    String review(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam String decision,
                  @RequestParam(required = false) String comment, @RequestParam int version, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        boolean accept = "ACCEPT".equals(decision);
        try {
            reports.review(me, id, accept, comment, version);
        } catch (InvalidInput e) {
            // Shown in the review box, where the comment is typed.
            response.setStatus(422);
            InvalidInput.Problem p = e.problems().get(0);
            model.addAttribute("reviewProblem", p.messageKey());
            model.addAttribute("reviewProblemArgs", p.args());
            model.addAttribute("reviewComment", comment);
            return render(me, id, new ReportForm(), model);
        } catch (Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return refused(me, id, new ReportForm(), e.messageKey(), e.args(), model);
        }
        redirect.addFlashAttribute("notice", accept ? "progress.report.accepted" : "progress.report.returned");
        return "redirect:/progress/reports/" + id;
    }

    /**
     * Runs a save of the typed lines. Values that do not bind (a letter in a number, a bad date) answer 400, lines
     * refused by the rules 422 (409 when someone else saved them meanwhile), a refusal of the whole report 422 or
     * 409: each time the page comes back with every typed value and the messages.
     */
    private String attempt(CurrentUser me, long id, ReportForm form, BindingResult binding, String notSavedKey,
                           Model model, HttpServletResponse response, Supplier<String> save) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return linesRefused(me, id, form, badValues(binding), notSavedKey, model);
        }
        try {
            return FormSubmission.attempt(response, save, (key, args) -> refused(me, id, form, key, args, model));
        } catch (LinesRefused e) {
            response.setStatus(e.status());
            return linesRefused(me, id, form, e, notSavedKey, model);
        }
    }

    private static LinesRefused badValues(BindingResult binding) {
        Map<Long, List<InvalidInput.Problem>> byLine = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            Matcher m = LINE_FIELD.matcher(error.getField());
            long itemId = m.find() ? Long.parseLong(m.group(1)) : -1;
            byLine.computeIfAbsent(itemId, k -> new ArrayList<>())
                    .add(new InvalidInput.Problem(error.getField(), "progress.line.badValue", new Object[0]));
        }
        return new LinesRefused(byLine, Set.of(), Set.of());
    }

    /**
     * The page again after a refusal of some lines. Each line someone else saved meanwhile shows the saved content
     * beside the typed one: a line the user edited keeps the typed values and takes the saved version, so saving
     * again knowingly replaces the colleague's; without script nobody knows what the user edited, so the line shows
     * what is saved (never old values with a new version) and what was sent is there to copy. So are the values
     * typed on lines removed meanwhile. {@code notSavedKey + ".linesRemoved"} is the message when only those refused.
     */
    private String linesRefused(CurrentUser me, long id, ReportForm form, LinesRefused refusal, String notSavedKey,
                                Model model) {
        String view = render(me, id, form, model);
        ReportPage page = (ReportPage) model.getAttribute("page");
        List<String> codes = new ArrayList<>();
        Map<Long, ItemForm> sentMeanwhile = new HashMap<>();
        for (ReportPage.Line line : page.lines()) {
            long itemId = line.item().id();
            if (refusal.refuses(itemId)) {
                codes.add(line.taskCode());
            }
            if (refusal.changedMeanwhile().contains(itemId)) {
                ItemForm typed = form.line(itemId);
                if (typed.getTouched() != null) {
                    typed.setVersion(line.item().version());
                } else {
                    sentMeanwhile.put(itemId, typed);
                    form.getLines().put(itemId, typed.savedWithEvidenceOf(line.item()));
                }
            }
        }
        List<ItemForm> removed = refusal.removedMeanwhile().stream().map(form::line).filter(Objects::nonNull).toList();
        if (!codes.isEmpty()) {
            model.addAttribute("problem", notSavedKey);
            model.addAttribute("problemArgs", new Object[] {String.join(", ", codes)});
        } else {
            model.addAttribute("problem", removed.isEmpty() ? "progress.line.badValue" : notSavedKey + ".linesRemoved");
        }
        model.addAttribute("lineProblems", refusal.problems());
        model.addAttribute("changedMeanwhile", refusal.changedMeanwhile());
        model.addAttribute("sentMeanwhile", sentMeanwhile);
        model.addAttribute("removedLines", removed);
        model.addAttribute("unsaved", true);
        return view;
    }

    /**
     * The page again after a refusal of the whole report. When it can no longer be edited (submitted by a colleague,
     * period locked while typing), the form is gone: the values typed on each line are shown to copy.
     */
    private String refused(CurrentUser me, long id, ReportForm form, String key, Object[] args, Model model) {
        model.addAttribute("problem", key);
        model.addAttribute("problemArgs", args);
        String view = render(me, id, form, model);
        ReportPage page = (ReportPage) model.getAttribute("page");
        Map<Long, ItemForm> typed = form.typedOver(page.lines());
        model.addAttribute("unsaved", page.editable() && !typed.isEmpty());
        if (!page.editable()) {
            model.addAttribute("typedNotSaved", typed);
        }
        return view;
    }

    private String render(CurrentUser me, long id, ReportForm form, Model model) {
        ReportPage page = reports.page(me, id);
        form.showSaved(page.lines());
        model.addAttribute("reportForm", form);
        model.addAttribute("page", page);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("markStatuses", BulkMark.OFFERED);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", Formats.megabytes(evidence.maxBytes()));
        model.addAttribute("maxBytes", evidence.maxBytes());
        model.addAttribute("accept", FileType.acceptAttribute());
        if (page.editable()) {
            model.addAttribute("library", evidence.library(me, null, null));
        }
        return "progress/report";
    }
}
