package vn.cchc.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanService;

/**
 * The reporting periods of a plan for the standing agency: every unit's report state per period (the reporting
 * matrix), the plan's due day and lock delay, one period's dates, ad-hoc report requests, and reopening.
 */
@Controller
class ReportingController {

    private final ReportService reports;
    private final ReportingWindows windows;
    private final ReportingSchedule schedule;
    private final ReportRepository repository;
    private final Obligations obligations;
    private final OrgDirectory org;
    private final PlanService plans;

    ReportingController(ReportService reports, ReportingWindows windows, ReportingSchedule schedule,
                        ReportRepository repository, Obligations obligations, OrgDirectory org, PlanService plans) {
        this.plans = plans;
        this.reports = reports;
        this.windows = windows;
        this.schedule = schedule;
        this.repository = repository;
        this.obligations = obligations;
        this.org = org;
    }

    @GetMapping("/progress/plans/{planId}/periods")
    String periods(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId, Model model) {
        Plan plan = plans.plan(me, planId);
        LocalDate today = reports.today();
        List<ReportingPeriod> periods = schedule.periods(plan);
        Map<Long, Unit> units = org.units(plan.communeId()).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Set<Long> reporting = Obligation.reportingUnits(obligations.of(plan, today));
        Map<String, ReportRepository.ReportRow> cells = repository.reports(plan.communeId(), planId).stream()
                .collect(Collectors.toMap(r -> r.unitId() + "/" + r.periodCode(), Function.identity()));
        model.addAttribute("plan", plan);
        model.addAttribute("periods", periods);
        model.addAttribute("units", reporting.stream().map(units::get).toList());
        model.addAttribute("cells", cells);
        model.addAttribute("rules", schedule.rules(plan));
        model.addAttribute("today", today);
        return "progress/periods";
    }

    @PostMapping("/progress/plans/{planId}/rules")
    String rules(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId, @RequestParam int monthlyDueDay,
                 @RequestParam int lockAfterDays, RedirectAttributes redirect) {
        windows.saveRules(me, plans.plan(me, planId), monthlyDueDay, lockAfterDays);
        redirect.addFlashAttribute("notice", "progress.rules.saved");
        return "redirect:/progress/plans/" + planId + "/periods";
    }

    @PostMapping("/progress/plans/{planId}/window")
    String window(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId, @RequestParam String code,
                  @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate due,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate locks,
                  RedirectAttributes redirect) {
        windows.setWindow(me, plans.plan(me, planId), code, due, locks);
        redirect.addFlashAttribute("notice", "progress.window.saved");
        return "redirect:/progress/plans/" + planId + "/periods";
    }

    @PostMapping("/progress/plans/{planId}/ad-hoc")
    String adHoc(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId, @RequestParam String title,
                 @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate due,
                 @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate locks,
                 RedirectAttributes redirect) {
        windows.requestAdHoc(me, plans.plan(me, planId), title, due, locks);
        redirect.addFlashAttribute("notice", "progress.adHoc.requested");
        return "redirect:/progress/plans/" + planId + "/periods";
    }

    @PostMapping("/progress/plans/{planId}/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId, @RequestParam long unit,
                  @RequestParam String period,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate until,
                  RedirectAttributes redirect) {
        reports.reopen(me, planId, unit, period, until);
        redirect.addFlashAttribute("notice", "progress.reopened");
        return "redirect:/progress/plans/" + planId + "/periods";
    }
}
