package vn.cchc.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.Task;
import vn.cchc.shared.NotFoundException;

/** The progress dashboard (chairman, standing agency), a unit's obligations and reports, and a task's occurrences. */
@Controller
class ProgressController {

    private final ProgressDashboard dashboards;
    private final Obligations obligations;
    private final ReportingSchedule schedule;
    private final ReportRepository repository;
    private final PlanQueries plans;
    private final ReportService reports;
    private final OrgDirectory org;
    private final ObjectMapper json;
    private final PlanService planService;
    private final LeadEvidence leadEvidence;

    ProgressController(ProgressDashboard dashboards, Obligations obligations, ReportingSchedule schedule,
                       ReportRepository repository, PlanQueries plans, ReportService reports, OrgDirectory org,
                       ObjectMapper json, PlanService planService, LeadEvidence leadEvidence) {
        this.planService = planService;
        this.leadEvidence = leadEvidence;
        this.dashboards = dashboards;
        this.obligations = obligations;
        this.schedule = schedule;
        this.repository = repository;
        this.plans = plans;
        this.reports = reports;
        this.org = org;
        this.json = json;
    }

    @GetMapping("/progress")
    String dashboard(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long plan,
                     @RequestParam(required = false) String period, @RequestParam(required = false) Long unit,
                     Model model) throws JsonProcessingException {
        long communeId = me.requireCommune();
        List<Plan> all = plans.plansFor(me);
        model.addAttribute("plans", all);
        Plan selected = plan != null ? planService.plan(me, plan) : defaultPlan(all);
        if (unit != null) {
            org.unit(communeId, unit).orElseThrow(() -> new NotFoundException("unit", unit));
        }
        model.addAttribute("units", org.units(communeId));
        model.addAttribute("unitFilter", unit);
        if (selected != null) {
            LocalDate today = reports.today();
            ProgressDashboard.Dashboard d = dashboards.of(selected, period, unit, today);
            model.addAttribute("d", d);
            model.addAttribute("trendJson", json.writeValueAsString(d.trend()));
            model.addAttribute("today", today);
        }
        return "progress/dashboard";
    }

    /** A unit's page: what it owes this month, then what is overdue and due soon, and its reports of the open periods. */
    @GetMapping("/progress/my")
    String mine(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long unit, Model model) {
        long communeId = me.requireCommune();
        Long unitId = me.unitId() != null ? me.unitId() : unit;
        model.addAttribute("units", org.units(communeId));
        LocalDate today = reports.today();
        model.addAttribute("today", today);
        if (unitId == null) {
            return "progress/mine";
        }
        Unit shown = org.unit(communeId, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        model.addAttribute("unit", shown);
        List<PlanObligations> sections = new ArrayList<>();
        for (Plan plan : plans.plans(communeId)) {
            if (plan.status() != PlanStatus.ISSUED) {
                continue;
            }
            List<Obligation> owed = obligations.ofUnit(plan, unitId, today);
            if (owed.isEmpty()) {
                continue;
            }
            List<Obligation> now = owed.stream().filter(o -> OwnListOrder.dueNow(o, today) || o.due() == null)
                    .sorted(OwnListOrder.asOf(today))
                    .toList();
            Map<String, ReportRepository.ReportRow> mine = new LinkedHashMap<>();
            repository.reports(communeId, plan.id()).stream().filter(r -> r.unitId() == unitId)
                    .forEach(r -> mine.put(r.periodCode(), r));
            List<PeriodReport> periods = recentPeriods(schedule.periods(plan).stream()
                    .filter(p -> p.opened(today) && (mine.containsKey(p.code()) || !p.locked(today)))
                    .map(p -> new PeriodReport(p, mine.get(p.code()),
                            ReportAccess.locked(p, mine.get(p.code()), today)))
                    .toList());
            sections.add(new PlanObligations(plan, now, owed.size(), owed.stream().filter(o -> o.status().done()).count(),
                    periods));
        }
        model.addAttribute("sections", sections);
        model.addAttribute("canReport", me.canReportFor(unitId));
        // The lead's evidence beside each task the unit coordinates.
        model.addAttribute("leadEvidence", leadEvidence.ofTasks(communeId, sections.stream()
                .flatMap(s -> s.now().stream()).filter(o -> o.role() == ObligationRole.COORDINATOR)
                .map(Obligation::taskId).distinct().toList()));
        return "progress/mine";
    }

    /** htmx fragment on the task page: every unit's occurrences of the task with their states. */
    @GetMapping("/progress/tasks/{taskId}/occurrences")
    String occurrences(@AuthenticationPrincipal CurrentUser me, @PathVariable long taskId, Model model) {
        long communeId = me.requireCommune();
        Task task = planService.task(me, taskId);
        Plan plan = planService.plan(me, task.planId());
        List<Obligation> owed = obligations.of(plan, List.of(task), reports.today());
        model.addAttribute("occurrences", owed);
        model.addAttribute("units", org.units(communeId).stream()
                .collect(java.util.stream.Collectors.toMap(Unit::id, Unit::shortName)));
        return "progress/occurrences :: list";
    }

    /** The periods a unit can still act on, plus its three latest closed ones (older ones are on the periods page). */
    static List<PeriodReport> recentPeriods(List<PeriodReport> periods) {
        List<PeriodReport> closed = periods.stream().filter(PeriodReport::locked).toList();
        List<PeriodReport> keep = closed.subList(Math.max(0, closed.size() - 3), closed.size());
        return periods.stream().filter(p -> !p.locked() || keep.contains(p)).toList();
    }

    private static Plan defaultPlan(List<Plan> plans) {
        return plans.stream().filter(p -> p.status() == PlanStatus.ISSUED).findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(0));
    }

    record PlanObligations(Plan plan, List<Obligation> now, int total, long done, List<PeriodReport> periods) {
    }

    record PeriodReport(ReportingPeriod period, ReportRepository.ReportRow report, boolean locked) {
    }
}
