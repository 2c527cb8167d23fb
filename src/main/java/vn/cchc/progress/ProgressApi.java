package vn.cchc.progress;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TaskStatus;

/** JSON: every occurrence of a plan with its unit, due date and state as of today (for integrations and benchmarks). */
@RestController
class ProgressApi {

    private final ReportService reports;
    private final Obligations obligations;
    private final PlanService plans;

    ProgressApi(ReportService reports, Obligations obligations, PlanService plans) {
        this.reports = reports;
        this.plans = plans;
        this.obligations = obligations;
    }

    @GetMapping("/api/v1/progress/plans/{planId}/occurrences")
    List<OccurrenceJson> occurrences(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId) {
        Plan plan = plans.plan(me, planId);
        return obligations.of(plan, reports.today()).stream()
                .map(o -> new OccurrenceJson(o.taskId(), o.taskCode(), o.unitId(), o.role(), o.occurrenceDue(), o.due(),
                        o.label(), o.status(), o.reported() == null ? null : o.reported().completedOn()))
                .toList();
    }

    record OccurrenceJson(long taskId, String taskCode, long unitId, ObligationRole role, LocalDate occurrence,
                          LocalDate due, String label, TaskStatus status, LocalDate completedOn) {
    }
}
