package vn.cchc.registers.inspection;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.FormSubmission;

/**
 * Corrections to the inspection register ({@link InspectionEdits}): the edit forms (the creation forms, filled in)
 * and the delete steps. A delete is asked on its own page, which says what goes with it and posts the form (no
 * script needed); a refused delete shows that page again with the reason and 422.
 */
@Controller
class InspectionEditController {

    private static final String BASE = "/registers/inspections";

    private final InspectionService inspections;
    private final InspectionEdits edits;

    InspectionEditController(InspectionService inspections, InspectionEdits edits) {
        this.inspections = inspections;
        this.edits = edits;
    }

    @GetMapping(BASE + "/plan/{id}/edit")
    String planEntryForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        inspections.requireManage(me);
        PlanEntry e = inspections.planEntry(me, id);
        model.addAttribute("form", PlanEntryForm.of(e));
        return planEntryPage(me, e, model);
    }

    @PostMapping(BASE + "/plan/{id}")
    String updatePlanEntry(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                           @Valid @ModelAttribute("form") PlanEntryForm form, BindingResult binding, Model model,
                           HttpServletResponse response) {
        inspections.requireManage(me);
        PlanEntry e = inspections.planEntry(me, id);
        form.setYear(e.year());
        return FormSubmission.submit(binding, response, () -> {
            edits.updatePlanEntry(me, id, form);
            return "redirect:" + BASE + "?year=" + e.year();
        }, () -> planEntryPage(me, e, model));
    }

    private String planEntryPage(CurrentUser me, PlanEntry e, Model model) {
        model.addAttribute("entry", e);
        model.addAttribute("activeUnits", inspections.unitsKeeping(me, e.unitId()));
        return "registers/inspection-plan-form";
    }

    @GetMapping(BASE + "/plan/{id}/delete")
    String confirmPlanEntryDelete(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        inspections.requireManage(me);
        return planEntryDeletePage(me, id, model);
    }

    @PostMapping(BASE + "/plan/{id}/delete")
    String deletePlanEntry(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return "redirect:" + BASE + "?year=" + edits.deletePlanEntry(me, id);
    }

    private String planEntryDeletePage(CurrentUser me, long id, Model model) {
        PlanEntry e = inspections.planEntry(me, id);
        model.addAttribute("entry", e);
        model.addAttribute("detached", edits.recordsOfEntry(me, id));
        return deletePage(me, "plan", BASE + "/plan/" + id + "/delete", BASE + "?year=" + e.year(), model);
    }

    @GetMapping(BASE + "/records/{id}/edit")
    String recordForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        inspections.requireManage(me);
        InspectionRecord r = inspections.record(me, id);
        model.addAttribute("form", RecordForm.of(r, inspections.evidenceOf(me, id)));
        return recordPage(me, r, model);
    }

    @PostMapping(BASE + "/records/{id}")
    String updateRecord(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                        @Valid @ModelAttribute("form") RecordForm form, BindingResult binding, Model model,
                        HttpServletResponse response) {
        inspections.requireManage(me);
        InspectionRecord r = inspections.record(me, id);
        return FormSubmission.submit(binding, response, () -> {
            edits.updateRecord(me, id, form);
            return "redirect:" + BASE + "/records/" + id;
        }, () -> recordPage(me, r, model));
    }

    private String recordPage(CurrentUser me, InspectionRecord r, Model model) {
        model.addAttribute("record", r);
        model.addAttribute("activeUnits", inspections.unitsKeeping(me, r.unitId()));
        return "registers/inspection-record-form";
    }

    @GetMapping(BASE + "/records/{id}/delete")
    String confirmRecordDelete(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        inspections.requireManage(me);
        return recordDeletePage(me, id, model, null, null);
    }

    @PostMapping(BASE + "/records/{id}/delete")
    String deleteRecord(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model,
                        HttpServletResponse response) {
        inspections.requireManage(me);
        inspections.record(me, id);
        return FormSubmission.attempt(response, () -> "redirect:" + BASE + "?year=" + edits.deleteRecord(me, id),
                (key, args) -> recordDeletePage(me, id, model, key, args));
    }

    private String recordDeletePage(CurrentUser me, long id, Model model, String refusalKey, Object[] args) {
        model.addAttribute("record", inspections.record(me, id));
        model.addAttribute("findingCount", inspections.findingsOf(me, id).size());
        model.addAttribute("evidenceCount", inspections.evidenceOf(me, id).size());
        model.addAttribute("refusalKey", refusalKey);
        model.addAttribute("refusalArgs", args);
        return deletePage(me, "record", BASE + "/records/" + id + "/delete", BASE + "/records/" + id, model);
    }

    @GetMapping(BASE + "/findings/{id}/edit")
    String findingForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        inspections.requireManage(me);
        Finding f = inspections.finding(me, id);
        FindingForm form = new FindingForm();
        form.setUnitId(f.unitId());
        form.setContent(f.content());
        form.setDeadline(f.deadlinePhrase());
        model.addAttribute("form", form);
        return findingPage(me, f, model);
    }

    @PostMapping(BASE + "/findings/{id}")
    String updateFinding(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                         @Valid @ModelAttribute("form") FindingForm form, BindingResult binding, Model model,
                         HttpServletResponse response) {
        inspections.requireManage(me);
        Finding f = inspections.finding(me, id);
        return FormSubmission.submit(binding, response, () -> {
            edits.updateFinding(me, id, form);
            return "redirect:" + BASE + "/records/" + f.recordId();
        }, () -> findingPage(me, f, model));
    }

    private String findingPage(CurrentUser me, Finding f, Model model) {
        model.addAttribute("record", inspections.record(me, f.recordId()));
        model.addAttribute("finding", f);
        model.addAttribute("activeUnits", inspections.unitsKeeping(me, f.unitId()));
        return "registers/inspection-finding-form";
    }

    @GetMapping(BASE + "/findings/{id}/delete")
    String confirmFindingDelete(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        inspections.requireManage(me);
        Finding f = inspections.finding(me, id);
        model.addAttribute("finding", f);
        return deletePage(me, "finding", BASE + "/findings/" + id + "/delete", BASE + "/records/" + f.recordId(),
                model);
    }

    @PostMapping(BASE + "/findings/{id}/delete")
    String deleteFinding(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return "redirect:" + BASE + "/records/" + edits.deleteFinding(me, id);
    }

    private String deletePage(CurrentUser me, String kind, String action, String back, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("unitNames", inspections.unitNames(me));
        return "registers/inspection-delete";
    }

    /** Undo a wrongly recorded fix: the button sits on the fix page, which is its confirmation step. */
    @PostMapping(BASE + "/findings/{id}/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model,
                  HttpServletResponse response) {
        Finding f = inspections.finding(me, id);
        Supplier<String> undo = () -> "redirect:" + BASE + "/records/" + edits.reopen(me, id);
        return FormSubmission.attempt(response, undo, (key, args) -> {
            model.addAttribute("refusalKey", key);
            model.addAttribute("refusalArgs", args);
            model.addAttribute("form", new FixForm());
            model.addAttribute("finding", f);
            model.addAttribute("unitNames", inspections.unitNames(me));
            return "registers/inspection-fix-form";
        });
    }
}
