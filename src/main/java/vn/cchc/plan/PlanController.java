package vn.cchc.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.InvalidInput;

/** Plan list, plan page and plan form. */
@Controller
class PlanController {

    private final PlanService plans;
    private final PlanQueries queries;
    private final OrgDirectory org;

    private final IndicatorReadings indicators;
    private final IssueRequests issueRequests;

    PlanController(PlanService plans, PlanQueries queries, OrgDirectory org, IndicatorReadings indicators,
                   IssueRequests issueRequests) {
        this.indicators = indicators;
        this.issueRequests = issueRequests;
        this.plans = plans;
        this.queries = queries;
        this.org = org;
    }

    @GetMapping("/plans")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("plans", queries.plansFor(me));
        return "plan/plans";
    }

    @GetMapping("/plans/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                @RequestParam(required = false) String q, @RequestParam(required = false) TaskStatus status,
                @RequestParam(required = false) Long unit,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Plan plan = plans.plan(me, id);
        List<ReformArea> areas = queries.areas();
        // Filters: a status, and a unit that leads or coordinates the task.
        List<TaskView> tasks = queries.tasks(plan, q).stream()
                .filter(v -> status == null || v.status() == status)
                .filter(v -> unit == null || v.ledBy(unit) || v.task().coordinatorUnitIds().contains(unit))
                .toList();
        model.addAttribute("plan", plan);
        model.addAttribute("q", q);
        model.addAttribute("filtered", (q != null && !q.isBlank()) || status != null || unit != null);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("selectedStatus", status);
        model.addAttribute("selectedUnit", unit);
        List<Unit> units = org.units(plan.communeId());
        model.addAttribute("units", units);
        model.addAttribute("tasks", tasks);
        model.addAttribute("tasksByArea", ReformArea.group(areas, tasks, v -> v.task().areaCode()));
        if (htmx != null) {
            return "plan/plan :: tasks";
        }
        List<Target> targets = queries.targets(plan.communeId(), id);
        model.addAttribute("targets", targets);
        model.addAttribute("targetsByArea", ReformArea.group(areas, targets, Target::areaCode));
        model.addAttribute("actuals", actuals(plan, targets));
        model.addAttribute("issueRequest", issueRequests.of(plan).orElse(null));
        model.addAttribute("unitNames", units.stream().collect(java.util.stream.Collectors.toMap(Unit::id, Unit::name)));
        return "plan/plan";
    }

    /** Current values of the targets measured by a computed indicator, over the plan's period (so far). */
    private java.util.Map<Long, java.math.BigDecimal> actuals(Plan plan, List<Target> targets) {
        java.util.Map<Long, java.math.BigDecimal> out = new java.util.HashMap<>();
        for (Target t : targets) {
            if (t.indicatorCode() != null) {
                indicators.read(plan.communeId(), t.indicatorCode(), plan.period()).ifPresent(v -> out.put(t.id(), v));
            }
        }
        return out;
    }

    @GetMapping("/plans/new")
    String newPlan(@AuthenticationPrincipal CurrentUser me, Model model) {
        PlanService.requireEditor(me);
        PlanForm form = new PlanForm();
        form.setPeriodCode(String.valueOf(queries.today().getYear()));
        return form(model, form, null);
    }

    @PostMapping("/plans")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") PlanForm form, BindingResult binding,
                  Model model, HttpServletResponse response) {
        return FormSubmission.submit(binding, response, () -> "redirect:/plans/" + plans.createPlan(me, form),
                () -> form(model, form, null));
    }

    @GetMapping("/plans/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Plan plan = plans.planToEdit(me, id);
        return form(model, PlanForm.of(plan), plan);
    }

    @PostMapping("/plans/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @ModelAttribute("form") PlanForm form,
                  BindingResult binding, Model model, HttpServletResponse response) {
        Plan plan = plans.plan(me, id);
        return FormSubmission.submit(binding, response, () -> {
            plans.updatePlan(me, id, form);
            return "redirect:/plans/" + id;
        }, () -> form(model, form, plan));
    }

    @PostMapping("/plans/{id}/status")
    String changeStatus(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam PlanStatus status,
                        RedirectAttributes redirect) {
        try {
            plans.changeStatus(me, id, status);
            redirect.addFlashAttribute("notice", "plan.status.changed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("problemArgs", e.problems().get(0).args());
        }
        return "redirect:/plans/" + id;
    }

    private String form(Model model, PlanForm form, Plan plan) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("periods", periodChoices());
        return "plan/plan-form";
    }

    /** Last, this and next year, each whole or by half. */
    private List<Period> periodChoices() {
        int year = Year.from(queries.today()).getValue();
        List<Period> choices = new ArrayList<>();
        for (int y = year + 1; y >= year - 1; y--) {
            choices.add(Period.year(y));
            choices.add(Period.half(y, 1));
            choices.add(Period.half(y, 2));
        }
        return choices;
    }
}
