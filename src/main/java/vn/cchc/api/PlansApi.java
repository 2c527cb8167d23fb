package vn.cchc.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.TaskStatus;
import vn.cchc.progress.UnitReports;
import vn.cchc.shared.NotFoundException;

/** The commune's issued and closed plans, their targets, tasks (with today's status) and the units' reports. */
@RestController
@Tag(name = "Kế hoạch", description = "Kế hoạch CCHC, chỉ tiêu, nhiệm vụ và báo cáo định kỳ của các đơn vị")
class PlansApi {

    private final PlanQueries plans;
    private final UnitReports reports;

    PlansApi(PlanQueries plans, UnitReports reports) {
        this.plans = plans;
        this.reports = reports;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlanJson(long id, String title, String kind, String periodCode, PlanStatus status, String decisionNumber,
                    LocalDate decisionDate, String signer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TargetJson(long id, String areaCode, String code, String text, String metricKind, String comparator,
                      BigDecimal threshold, Long responsibleUnitId, String indicatorCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaskJson(long id, String areaCode, String code, String title, String product, long leadUnitId,
                    String leadUnit, List<Long> coordinatorUnitIds, String deadlinePhrase, LocalDate nextDue,
                    TaskStatus status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReportJson(long id, long unitId, String periodCode, String state, int version, int submissions,
                      LocalDate firstSubmittedOn, java.time.Instant updatedAt) {
    }

    @GetMapping("/api/v1/plans")
    @RequiresScope(ApiScope.PLANS_READ)
    @Operation(summary = "Các kế hoạch đã ban hành hoặc đã kết thúc (không có bản nháp), mới nhất trước")
    List<PlanJson> plans(@AuthenticationPrincipal ApiClient client) {
        return plans.plans(client.communeId()).stream().filter(p -> p.status() != PlanStatus.DRAFT)
                .map(PlansApi::json).toList();
    }

    @GetMapping("/api/v1/plans/{planId}")
    @RequiresScope(ApiScope.PLANS_READ)
    @Operation(summary = "Một kế hoạch")
    PlanJson plan(@AuthenticationPrincipal ApiClient client, @PathVariable long planId) {
        return json(issued(client, planId));
    }

    @GetMapping("/api/v1/plans/{planId}/targets")
    @RequiresScope(ApiScope.PLANS_READ)
    @Operation(summary = "Các chỉ tiêu của kế hoạch")
    List<TargetJson> targets(@AuthenticationPrincipal ApiClient client, @PathVariable long planId) {
        Plan plan = issued(client, planId);
        return plans.targets(client.communeId(), plan.id()).stream()
                .map(t -> new TargetJson(t.id(), t.areaCode(), t.code(), t.text(), name(t.metricKind()),
                        name(t.comparator()), t.threshold(), t.responsibleUnitId(), t.indicatorCode()))
                .toList();
    }

    @GetMapping("/api/v1/plans/{planId}/tasks")
    @RequiresScope(ApiScope.PLANS_READ)
    @Operation(summary = "Các nhiệm vụ của kế hoạch với hạn kế tiếp và trạng thái hôm nay")
    List<TaskJson> tasks(@AuthenticationPrincipal ApiClient client, @PathVariable long planId) {
        return plans.tasks(issued(client, planId), null).stream()
                .map(v -> new TaskJson(v.task().id(), v.task().areaCode(), v.task().code(), v.task().title(),
                        v.task().product(), v.task().leadUnitId(), v.leadUnitName(), v.task().coordinatorUnitIds(),
                        v.task().deadlinePhrase(), v.nextDue(), v.status()))
                .toList();
    }

    @GetMapping("/api/v1/plans/{planId}/reports")
    @RequiresScope(ApiScope.REPORTS_READ)
    @Operation(summary = "Báo cáo định kỳ của các đơn vị theo kế hoạch (kỳ, trạng thái, số lần gửi)")
    List<ReportJson> reports(@AuthenticationPrincipal ApiClient client, @PathVariable long planId) {
        Plan plan = issued(client, planId);
        return reports.ofPlan(client.communeId(), plan.id()).stream()
                .map(r -> new ReportJson(r.id(), r.unitId(), r.periodCode(), r.state().name(), r.version(),
                        r.submissions(), r.firstSubmittedOn(), r.updatedAt()))
                .toList();
    }

    /** A plan of the key's commune that is not a draft; anything else is 404, another commune's too. */
    private Plan issued(ApiClient client, long planId) {
        return plans.plan(client.communeId(), planId).filter(p -> p.status() != PlanStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("plan", planId));
    }

    private static PlanJson json(Plan p) {
        return new PlanJson(p.id(), p.title(), p.kind().name(), p.periodCode(), p.status(), p.decisionNumber(),
                p.decisionDate(), p.signer());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
