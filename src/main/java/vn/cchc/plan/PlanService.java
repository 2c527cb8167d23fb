package vn.cchc.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.DeadlineReadings;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.BeforeReading;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/** Writes plans, targets and tasks after checking the rules; every call is scoped to the user's commune. */
@Service
public class PlanService {

    static final int MAX_TEXT = 2000;

    private final PlanRepository repository;
    private final OrgDirectory org;
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final Clock clock;

    private final IndicatorReadings indicators;
    private final DeadlineReadings readings;

    PlanService(PlanRepository repository, OrgDirectory org, Clock clock, IndicatorReadings indicators,
                DeadlineReadings readings) {
        this.indicators = indicators;
        this.readings = readings;
        this.repository = repository;
        this.org = org;
        this.clock = clock;
    }

    public Plan plan(CurrentUser user, long planId) {
        return repository.plan(user.requireCommune(), planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    // --- plans ---

    @Transactional
    public long createPlan(CurrentUser user, PlanForm form) {
        requireEditor(user);
        validatePlan(form);
        return repository.insertPlan(user.requireCommune(), form);
    }

    @Transactional
    public void updatePlan(CurrentUser user, long planId, PlanForm form) {
        requireEditor(user);
        Plan plan = editablePlan(user, planId);
        validatePlan(form);
        repository.updatePlan(plan.communeId(), planId, form);
    }

    /** Draft → issued needs the decision number and date; issued → closed ends editing. */
    @Transactional
    public void changeStatus(CurrentUser user, long planId, PlanStatus target) {
        if (!user.canChangePlanStatus()) {
            throw new org.springframework.security.access.AccessDeniedException("plan status");
        }
        Plan plan = plan(user, planId);
        boolean allowed = (plan.status() == PlanStatus.DRAFT && target == PlanStatus.ISSUED)
                || (plan.status() == PlanStatus.ISSUED && target == PlanStatus.CLOSED)
                || (plan.status() == PlanStatus.ISSUED && target == PlanStatus.DRAFT);
        if (!allowed) {
            throw InvalidInput.of(null, "plan.status.transition", plan.status(), target);
        }
        if (target == PlanStatus.ISSUED && (plan.decisionNumber() == null || plan.decisionDate() == null)) {
            throw InvalidInput.of(null, "plan.status.needsDecision");
        }
        repository.setStatus(plan.communeId(), planId, target);
    }

    private void validatePlan(PlanForm f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (blank(f.getTitle())) {
            problems.add("title", "validation.required");
        } else if (f.getTitle().length() > MAX_TEXT) {
            problems.add("title", "validation.tooLong", MAX_TEXT);
        }
        if (f.getKind() == null) {
            problems.add("kind", "validation.required");
        }
        if (f.getReportingCadence() == null || (f.getReportingCadence() != PeriodType.MONTH
                && f.getReportingCadence() != PeriodType.QUARTER)) {
            problems.add("reportingCadence", "validation.required");
        }
        try {
            Period p = Period.parse(f.getPeriodCode());
            if (p.type() != PeriodType.YEAR && p.type() != PeriodType.HALF_YEAR) {
                problems.add("periodCode", "plan.period.invalid");
            }
        } catch (IllegalArgumentException e) {
            problems.add("periodCode", "plan.period.invalid");
        }
        if (f.getDecisionNumber() != null && f.getDecisionNumber().length() > 60) {
            problems.add("decisionNumber", "validation.tooLong", 60);
        }
        problems.throwIfAny();
    }

    // --- targets ---

    @Transactional
    public long addTarget(CurrentUser user, long planId, TargetForm form) {
        requireEditor(user);
        Plan plan = editablePlan(user, planId);
        BigDecimal threshold = validateTarget(plan, form, null);
        return repository.insertTarget(plan.communeId(), planId, form, threshold);
    }

    @Transactional
    public void updateTarget(CurrentUser user, long targetId, TargetForm form) {
        requireEditor(user);
        Target target = target(user, targetId);
        Plan plan = editablePlan(user, target.planId());
        BigDecimal threshold = validateTarget(plan, form, targetId);
        repository.updateTarget(plan.communeId(), targetId, form, threshold);
    }

    @Transactional
    public long deleteTarget(CurrentUser user, long targetId) {
        requireEditor(user);
        Target target = target(user, targetId);
        editablePlan(user, target.planId());
        repository.deleteTarget(user.requireCommune(), targetId);
        return target.planId();
    }

    public Target target(CurrentUser user, long targetId) {
        return repository.target(user.requireCommune(), targetId)
                .orElseThrow(() -> new NotFoundException("target", targetId));
    }

    private BigDecimal validateTarget(Plan plan, TargetForm f, Long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        validateArea(f.getAreaCode(), problems);
        validateCode(f.getCode(), problems);
        if (!problems.has("code") && repository.targetCodeTaken(plan.id(), f.getCode().strip(), exceptId)) {
            problems.add("code", "plan.target.codeTaken", f.getCode().strip());
        }
        if (blank(f.getText())) {
            problems.add("text", "validation.required");
        } else if (f.getText().length() > MAX_TEXT) {
            problems.add("text", "validation.tooLong", MAX_TEXT);
        }
        if (f.getMetricKind() == null) {
            problems.add("metricKind", "validation.required");
        }
        if (f.getComparator() == null) {
            problems.add("comparator", "validation.required");
        }
        if (f.getResponsibleUnitId() != null && org.unit(plan.communeId(), f.getResponsibleUnitId()).isEmpty()) {
            problems.add("responsibleUnitId", "plan.unit.unknown");
        }
        if (!blank(f.getIndicatorCode())
                && indicators.options().stream().noneMatch(o -> o.code().equals(f.getIndicatorCode()))) {
            problems.add("indicatorCode", "plan.target.indicatorUnknown", f.getIndicatorCode());
        }
        BigDecimal threshold = parseThreshold(f, problems);
        problems.throwIfAny();
        return threshold;
    }

    /** Reads "99,9" or "99.9"; percent 0–100, yes/no 0 or 1, count a whole number ≥ 0. */
    private static BigDecimal parseThreshold(TargetForm f, InvalidInput.Collector problems) {
        if (blank(f.getThreshold())) {
            problems.add("threshold", "validation.required");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(f.getThreshold().strip().replace("%", "").strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add("threshold", "plan.target.threshold.notNumber");
            return null;
        }
        if (f.getMetricKind() == MetricKind.PERCENT && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add("threshold", "plan.target.threshold.percentRange");
        } else if (f.getMetricKind() == MetricKind.YES_NO && value.compareTo(BigDecimal.ZERO) != 0
                && value.compareTo(BigDecimal.ONE) != 0) {
            problems.add("threshold", "plan.target.threshold.yesNo");
        } else if (f.getMetricKind() == MetricKind.COUNT && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            problems.add("threshold", "plan.target.threshold.count");
        } else if (value.abs().compareTo(new BigDecimal("99999999999")) > 0 || value.scale() > 3) {
            problems.add("threshold", "plan.target.threshold.notNumber");
        }
        return value;
    }

    // --- tasks ---

    @Transactional
    public long addTask(CurrentUser user, long planId, TaskForm form) {
        requireEditor(user);
        Plan plan = editablePlan(user, planId);
        return repository.insertTask(plan.communeId(), planId, validateTask(plan, form, null));
    }

    @Transactional
    public void updateTask(CurrentUser user, long taskId, TaskForm form) {
        requireEditor(user);
        Task task = task(user, taskId);
        Plan plan = editablePlan(user, task.planId());
        repository.updateTask(plan.communeId(), taskId, validateTask(plan, form, taskId));
    }

    @Transactional
    public long deleteTask(CurrentUser user, long taskId) {
        requireEditor(user);
        Task task = task(user, taskId);
        editablePlan(user, task.planId());
        repository.deleteTask(user.requireCommune(), taskId);
        return task.planId();
    }

    public Task task(CurrentUser user, long taskId) {
        return repository.task(user.requireCommune(), taskId).orElseThrow(() -> new NotFoundException("task", taskId));
    }

    /** Parses a deadline phrase in the context of a plan: its span, cadence, today and the province's reading. */
    public DeadlinePhraseParser.ParseResult parseDeadline(Plan plan, String phrase) {
        return parser.parse(phrase, deadlineContext(plan).withToday(VietnamTime.today(clock)));
    }

    /** What a stored task's deadline means, with its due dates (no "already past" warning on a saved task). */
    public DeadlinePhraseParser.ParseResult.Parsed describeDeadline(Plan plan, DeadlineRule rule) {
        return parser.describe(rule, deadlineContext(plan));
    }

    /**
     * Whether the stored phrase, read today, gives another rule than the saved one — the province changed its reading
     * of "Trước ngày X" since. Saved rules are not re-read on their own: reports already accepted are tied to the
     * saved due dates, so the task page says so and re-saving the task applies the current reading.
     */
    public boolean deadlineReadsDifferentlyNow(Plan plan, Task task) {
        DeadlinePhraseParser.ParseResult now = parser.parse(task.deadlinePhrase(), deadlineContext(plan));
        if (!(now instanceof DeadlinePhraseParser.ParseResult.Parsed p)) {
            return false;
        }
        DeadlineRule rule = p.rule();
        if (rule instanceof DeadlineRule.External e && task.deadlineRule() instanceof DeadlineRule.External saved) {
            rule = e.withDueDate(saved.dueDate());
        }
        return !rule.equals(task.deadlineRule());
    }

    /** How the plan's province reads "Trước ngày X". */
    public BeforeReading beforeReading(Plan plan) {
        return readings.ofCommune(plan.communeId());
    }

    private DeadlinePhraseParser.ParseContext deadlineContext(Plan plan) {
        return new DeadlinePhraseParser.ParseContext(plan.period(), plan.reportingCadence(), null, beforeReading(plan));
    }

    private PlanRepository.NewTask validateTask(Plan plan, TaskForm f, Long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        validateArea(f.getAreaCode(), problems);
        validateCode(f.getCode(), problems);
        if (!problems.has("code") && repository.taskCodeTaken(plan.id(), f.getCode().strip(), exceptId)) {
            problems.add("code", "plan.task.codeTaken", f.getCode().strip());
        }
        if (blank(f.getTitle())) {
            problems.add("title", "validation.required");
        } else if (f.getTitle().length() > MAX_TEXT) {
            problems.add("title", "validation.tooLong", MAX_TEXT);
        }
        if (f.getProduct() != null && f.getProduct().length() > MAX_TEXT) {
            problems.add("product", "validation.tooLong", MAX_TEXT);
        }
        if (f.getLeadUnitId() == null) {
            problems.add("leadUnitId", "validation.required");
        } else if (org.unit(plan.communeId(), f.getLeadUnitId()).isEmpty()) {
            problems.add("leadUnitId", "plan.unit.unknown");
        }
        Set<Long> coordinators = new LinkedHashSet<>(f.getCoordinatorUnitIds());
        for (Long unitId : coordinators) {
            if (unitId == null || org.unit(plan.communeId(), unitId).isEmpty()) {
                problems.add("coordinatorUnitIds", "plan.unit.unknown");
                break;
            }
        }
        if (f.getLeadUnitId() != null && coordinators.contains(f.getLeadUnitId())) {
            problems.add("coordinatorUnitIds", "plan.task.leadAlsoCoordinator");
        }
        DeadlineRule rule = null;
        // The parser refuses phrases over DeadlinePhraseParser.MAX_LENGTH with its own message.
        DeadlinePhraseParser.ParseResult parsed = parseDeadline(plan, f.getDeadlinePhrase());
        if (parsed instanceof DeadlinePhraseParser.ParseResult.Failed failed) {
            problems.add("deadlinePhrase", failed.messageKey(), failed.args());
        } else {
            rule = ((DeadlinePhraseParser.ParseResult.Parsed) parsed).rule();
            if (rule instanceof DeadlineRule.External external && f.getExternalDueDate() != null) {
                rule = external.withDueDate(f.getExternalDueDate());
            } else if (f.getExternalDueDate() != null) {
                problems.add("externalDueDate", "plan.task.externalDueDate.notExternal");
            }
        }
        if (f.getAssignmentNote() != null && f.getAssignmentNote().length() > MAX_TEXT) {
            problems.add("assignmentNote", "validation.tooLong", MAX_TEXT);
        }
        problems.throwIfAny();
        return new PlanRepository.NewTask(f.getAreaCode(), f.getCode().strip(), f.getTitle().strip(),
                blank(f.getProduct()) ? null : f.getProduct().strip(), f.getLeadUnitId(), List.copyOf(coordinators),
                f.getDeadlinePhrase().strip().replaceAll("\\s+", " "), rule,
                blank(f.getAssignmentNote()) ? null : f.getAssignmentNote().strip());
    }

    private void validateArea(String areaCode, InvalidInput.Collector problems) {
        if (blank(areaCode)) {
            problems.add("areaCode", "validation.required");
        } else if (repository.areas().stream().noneMatch(a -> a.code().equals(areaCode))) {
            problems.add("areaCode", "plan.area.unknown");
        }
    }

    private static void validateCode(String code, InvalidInput.Collector problems) {
        if (blank(code)) {
            problems.add("code", "validation.required");
        } else if (code.strip().length() > 20) {
            problems.add("code", "validation.tooLong", 20);
        }
    }

    private Plan editablePlan(CurrentUser user, long planId) {
        Plan plan = plan(user, planId);
        if (!plan.status().editable()) {
            throw InvalidInput.of(null, "plan.closed");
        }
        return plan;
    }

    /**
     * The plan behind an editing form: the role must be one that may save it (403) and the plan still open (422),
     * so no form is offered whose save would be refused.
     */
    public Plan planToEdit(CurrentUser user, long planId) {
        Plan plan = editablePlan(user, planId);
        requireEditor(user);
        return plan;
    }

    static void requireEditor(CurrentUser user) {
        if (!user.canEditPlans()) {
            throw new org.springframework.security.access.AccessDeniedException("plan editing");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
