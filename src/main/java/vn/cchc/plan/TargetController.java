package vn.cchc.plan;

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
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.FormSubmission;

@Controller
class TargetController {

    private final PlanService plans;
    private final PlanQueries queries;
    private final OrgDirectory org;

    private final IndicatorReadings indicators;

    TargetController(PlanService plans, PlanQueries queries, OrgDirectory org, IndicatorReadings indicators) {
        this.indicators = indicators;
        this.plans = plans;
        this.queries = queries;
        this.org = org;
    }

    @GetMapping("/plans/{planId}/targets/new")
    String newTarget(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                     @RequestParam(required = false) String area, Model model) {
        Plan plan = plans.planToEdit(me, planId);
        TargetForm form = new TargetForm();
        form.setAreaCode(area);
        return form(model, plan, form, null);
    }

    @PostMapping("/plans/{planId}/targets")
    String create(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                  @ModelAttribute("form") TargetForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        Plan plan = plans.plan(me, planId);
        return FormSubmission.submit(binding, response, () -> {
            plans.addTarget(me, planId, form);
            return "redirect:/plans/" + planId + "#targets";
        }, () -> form(model, plan, form, null));
    }

    @GetMapping("/targets/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Target target = plans.target(me, id);
        return form(model, plans.planToEdit(me, target.planId()), TargetForm.of(target), target);
    }

    @PostMapping("/targets/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @ModelAttribute("form") TargetForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        Target target = plans.target(me, id);
        Plan plan = plans.plan(me, target.planId());
        return FormSubmission.submit(binding, response, () -> {
            plans.updateTarget(me, id, form);
            return "redirect:/plans/" + plan.id() + "#targets";
        }, () -> form(model, plan, form, target));
    }

    @PostMapping("/targets/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return "redirect:/plans/" + plans.deleteTarget(me, id) + "#targets";
    }

    private String form(Model model, Plan plan, TargetForm form, Target target) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("target", target);
        model.addAttribute("areas", queries.areas());
        model.addAttribute("units", org.activeUnits(plan.communeId()));
        model.addAttribute("metricKinds", MetricKind.values());
        model.addAttribute("comparators", Comparator.values());
        model.addAttribute("indicators", indicators.groups());
        return "plan/target-form";
    }
}
