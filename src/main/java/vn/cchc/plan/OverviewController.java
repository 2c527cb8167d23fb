package vn.cchc.plan;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;

/** The coordinator overview of a plan, and a unit's own tasks (the landing page is the inbox module's). */
@Controller
class OverviewController {

    private final PlanService plans;
    private final PlanQueries queries;
    private final OrgDirectory org;

    OverviewController(PlanService plans, PlanQueries queries, OrgDirectory org) {
        this.plans = plans;
        this.queries = queries;
        this.org = org;
    }

    @GetMapping("/overview")
    String overview(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long plan, Model model) {
        List<Plan> all = queries.plansFor(me);
        model.addAttribute("plans", all);
        Plan selected = plan != null ? plans.plan(me, plan) : defaultPlan(all);
        if (selected != null) {
            model.addAttribute("overview", queries.overview(selected));
        }
        model.addAttribute("dueSoonDays", queries.dueSoonDays());
        model.addAttribute("today", queries.today());
        return "plan/overview";
    }

    @GetMapping("/my-tasks")
    String myTasks(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long unit, Model model) {
        long communeId = me.requireCommune();
        Long unitId = me.unitId() != null ? me.unitId() : unit;
        model.addAttribute("units", org.units(communeId));
        if (unitId != null) {
            model.addAttribute("unit", org.unit(communeId, unitId)
                    .orElseThrow(() -> new vn.cchc.shared.NotFoundException("unit", unitId)));
            model.addAttribute("tasks", queries.tasksOfUnit(me, unitId));
        }
        return "plan/my-tasks";
    }

    /** The most recent issued plan, else the most recent one. */
    private static Plan defaultPlan(List<Plan> plans) {
        return plans.stream().filter(p -> p.status() == PlanStatus.ISSUED).findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(0));
    }
}
