package vn.cchc.plan;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.DeadlineReadings;
import vn.cchc.shared.BeforeReading;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/** Writes plans, targets and tasks after checking the rules; every call is scoped to the user's commune. */
@Service
public class PlanService {

    private final PlanRepository repository;
    private final PlanFormChecks checks;
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final Clock clock;
    private final DeadlineReadings readings;
    private final ApplicationEventPublisher events;
    private final IssueRequestRepository issueRequests;

    PlanService(PlanRepository repository, PlanFormChecks checks, Clock clock, DeadlineReadings readings,
                ApplicationEventPublisher events, IssueRequestRepository issueRequests) {
        this.events = events;
        this.issueRequests = issueRequests;
        this.repository = repository;
        this.checks = checks;
        this.clock = clock;
        this.readings = readings;
    }

    /** The plan if the user may see it: another commune's plan, or a draft for who cannot act on drafts, is 404. */
    public Plan plan(CurrentUser user, long planId) {
        return repository.plan(user.requireCommune(), planId).filter(p -> visibleTo(user, p))
                .orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /** Drafts are for their editors and the chairman who issues them; everyone of the commune sees the others. */
    static boolean visibleTo(CurrentUser user, Plan plan) {
        return plan.status() != PlanStatus.DRAFT || user.seesDraftPlans();
    }

    // --- plans ---

    @Transactional
    public long createPlan(CurrentUser user, PlanForm form) {
        requireEditor(user);
        checks.plan(form);
        return repository.insertPlan(user.requireCommune(), form);
    }

    @Transactional
    public void updatePlan(CurrentUser user, long planId, PlanForm form) {
        requireEditor(user);
        Plan plan = editablePlan(user, planId);
        checks.plan(form);
        repository.updatePlan(plan.communeId(), planId, form);
        events.publishEvent(new PlanTasksChanged(plan.communeId(), planId));
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
        if (target == PlanStatus.ISSUED) {
            issueRequests.delete(plan.communeId(), planId); // the request is answered
        }
        events.publishEvent(new PlanTasksChanged(plan.communeId(), planId));
    }

    // --- targets ---

    @Transactional
    public long addTarget(CurrentUser user, long planId, TargetForm form) {
        requireEditor(user);
        Plan plan = editablePlan(user, planId);
        BigDecimal threshold = checks.target(plan, form, null);
        return repository.insertTarget(plan.communeId(), planId, form, threshold);
    }

    @Transactional
    public void updateTarget(CurrentUser user, long targetId, TargetForm form) {
        requireEditor(user);
        Target target = target(user, targetId);
        Plan plan = editablePlan(user, target.planId());
        BigDecimal threshold = checks.target(plan, form, targetId);
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

    // --- tasks ---

    @Transactional
    public long addTask(CurrentUser user, long planId, TaskForm form) {
        requireEditor(user);
        Plan plan = editablePlan(user, planId);
        long id = repository.insertTask(plan.communeId(), planId,
                checks.task(plan, form, null, parseDeadline(plan, form.getDeadlinePhrase())));
        events.publishEvent(new PlanTasksChanged(plan.communeId(), planId));
        return id;
    }

    @Transactional
    public void updateTask(CurrentUser user, long taskId, TaskForm form) {
        requireEditor(user);
        Task task = task(user, taskId);
        Plan plan = editablePlan(user, task.planId());
        repository.updateTask(plan.communeId(), taskId,
                checks.task(plan, form, taskId, parseDeadline(plan, form.getDeadlinePhrase())));
        events.publishEvent(new PlanTasksChanged(plan.communeId(), plan.id()));
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
}
