package vn.cchc.registers.inspection;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.VietnamTime;

/** The inspection register's pages: the year (plan, records, figures), a record with its findings, the forms. */
@Controller
class InspectionController {

    private static final String BASE = "/registers/inspections";

    private final InspectionService inspections;
    private final InspectionFigures figures;
    private final Clock clock;

    InspectionController(InspectionService inspections, InspectionFigures figures, Clock clock) {
        this.inspections = inspections;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String year(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year, Model model) {
        LocalDate today = VietnamTime.today(clock);
        int y = year != null && PlausibleDates.containsYear(year) ? year : today.getYear();
        Period p = Period.year(y);
        model.addAttribute("year", y);
        model.addAttribute("entries", inspections.plan(me, y));
        model.addAttribute("records", inspections.records(me, y));
        model.addAttribute("unitNames", inspections.unitNames(me));
        model.addAttribute("coverage", figures.coverage(me.requireCommune(), p));
        model.addAttribute("remediation", figures.remediation(me.requireCommune(), p));
        model.addAttribute("perUnit", figures.perUnit(me.requireCommune(), p));
        model.addAttribute("canManage", InspectionService.canManage(me));
        return "registers/inspections";
    }

    @GetMapping(BASE + "/plan")
    String planForm(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year,
                    Model model) {
        inspections.requireManage(me);
        PlanEntryForm form = new PlanEntryForm();
        int today = VietnamTime.today(clock).getYear();
        form.setYear(year != null && PlausibleDates.containsYear(year) ? year : today);
        model.addAttribute("form", form);
        return planPage(me, model);
    }

    @PostMapping(BASE + "/plan")
    String addPlanEntry(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") PlanEntryForm form,
                        BindingResult binding, Model model, HttpServletResponse response) {
        inspections.requireManage(me);
        if (!PlausibleDates.containsYear(form.getYear())) {
            binding.rejectValue("year", "api.year.invalid", new Object[] {form.getYear()}, "year");
        }
        return FormSubmission.submit(binding, response, () -> {
            inspections.addPlanEntry(me, form);
            return "redirect:" + BASE + "?year=" + form.getYear();
        }, () -> planPage(me, model));
    }

    private String planPage(CurrentUser me, Model model) {
        model.addAttribute("activeUnits", inspections.activeUnits(me));
        return "registers/inspection-plan-form";
    }

    @GetMapping(BASE + "/records/new")
    String recordForm(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long entry,
                      Model model) {
        inspections.requireManage(me);
        RecordForm form = new RecordForm();
        form.setInspectedOn(VietnamTime.today(clock));
        if (entry != null) {
            PlanEntry e = inspections.planEntry(me, entry);
            form.setEntry(e.id());
            form.setUnitId(e.unitId());
            form.setInspectors(e.inspectors());
        }
        model.addAttribute("form", form);
        return recordPage(me, model);
    }

    @PostMapping(BASE + "/records/new")
    String addRecord(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") RecordForm form,
                     BindingResult binding, Model model, HttpServletResponse response) {
        inspections.requireManage(me);
        return FormSubmission.submit(binding, response,
                () -> "redirect:" + BASE + "/records/" + inspections.addRecord(me, form),
                () -> recordPage(me, model));
    }

    private String recordPage(CurrentUser me, Model model) {
        model.addAttribute("activeUnits", inspections.activeUnits(me));
        return "registers/inspection-record-form";
    }

    @GetMapping(BASE + "/records/{id}")
    String record(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        InspectionRecord r = inspections.record(me, id);
        List<Finding> findings = inspections.findingsOf(me, id);
        model.addAttribute("record", r);
        model.addAttribute("findings", findings);
        model.addAttribute("evidence", inspections.evidenceOf(me, id));
        model.addAttribute("unitNames", inspections.unitNames(me));
        model.addAttribute("today", VietnamTime.today(clock));
        model.addAttribute("canManage", InspectionService.canManage(me));
        model.addAttribute("canFix", findings.stream().filter(f -> InspectionService.canFix(me, f))
                .map(Finding::id).toList());
        return "registers/inspection-record";
    }

    @GetMapping(BASE + "/records/{id}/findings")
    String findingForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        inspections.requireManage(me);
        InspectionRecord r = inspections.record(me, id);
        FindingForm form = new FindingForm();
        form.setUnitId(r.unitId());
        model.addAttribute("form", form);
        return findingPage(me, r, model);
    }

    @PostMapping(BASE + "/records/{id}/findings")
    String addFinding(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                      @Valid @ModelAttribute("form") FindingForm form, BindingResult binding, Model model,
                      HttpServletResponse response) {
        inspections.requireManage(me);
        InspectionRecord r = inspections.record(me, id);
        return FormSubmission.submit(binding, response, () -> {
            inspections.addFinding(me, id, form);
            return "redirect:" + BASE + "/records/" + id;
        }, () -> findingPage(me, r, model));
    }

    private String findingPage(CurrentUser me, InspectionRecord r, Model model) {
        model.addAttribute("record", r);
        model.addAttribute("activeUnits", inspections.activeUnits(me));
        return "registers/inspection-finding-form";
    }

    @GetMapping(BASE + "/findings/{id}/fix")
    String fixForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Finding f = requireFixable(me, id);
        FixForm form = new FixForm();
        // a fix already recorded is shown as it was, to correct it (or undo it: the page's reopen button)
        form.setFixedOn(f.fixed() ? f.fixedOn() : VietnamTime.today(clock));
        form.setNote(f.fixNote());
        model.addAttribute("form", form);
        return fixPage(me, f, model);
    }

    @PostMapping(BASE + "/findings/{id}/fix")
    String fix(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
               @Valid @ModelAttribute("form") FixForm form, BindingResult binding, Model model,
               HttpServletResponse response) {
        Finding f = requireFixable(me, id);
        return FormSubmission.submit(binding, response, () -> {
            inspections.markFixed(me, id, form);
            return "redirect:" + BASE + "/records/" + f.recordId();
        }, () -> fixPage(me, f, model));
    }

    private Finding requireFixable(CurrentUser me, long id) {
        Finding f = inspections.finding(me, id);
        if (!InspectionService.canFix(me, f)) {
            throw new org.springframework.security.access.AccessDeniedException("Not this unit's finding");
        }
        return f;
    }

    private String fixPage(CurrentUser me, Finding f, Model model) {
        model.addAttribute("finding", f);
        model.addAttribute("unitNames", inspections.unitNames(me));
        return "registers/inspection-fix-form";
    }
}
