package vn.cchc.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.VietnamTime;

/** Read models for the plan page, the coordinator overview and "my unit's tasks". */
@Service
public class PlanQueries {

    private final PlanRepository repository;
    private final OrgDirectory org;
    private final Clock clock;
    private final TaskTimeliness timeliness;

    private final TaskCompletions completions;

    PlanQueries(PlanRepository repository, OrgDirectory org, Clock clock, TaskCompletions completions,
                TaskTimeliness timeliness) {
        this.repository = repository;
        this.completions = completions;
        this.org = org;
        this.clock = clock;
        this.timeliness = timeliness;
    }

    public List<ReformArea> areas() {
        return repository.areas();
    }

    /** Every plan of the commune, drafts included: for work done on the commune's behalf, not for lists shown. */
    public List<Plan> plans(long communeId) {
        return repository.plans(communeId);
    }

    /** The commune's plans this user may see (drafts only for their editors and the chairman), newest first. */
    public List<Plan> plansFor(CurrentUser user) {
        return repository.plans(user.requireCommune()).stream().filter(p -> PlanService.visibleTo(user, p)).toList();
    }

    /** A plan of the commune, for modules that work on a commune's behalf (reminders, dashboards). */
    public java.util.Optional<Plan> plan(long communeId, long planId) {
        return repository.plan(communeId, planId);
    }

    /** Issued plans of every commune, for jobs that act on each commune's behalf (reminders). */
    public List<Plan> issuedPlans() {
        return repository.issuedPlans();
    }

    /** The plan's tasks in plan order, with their coordinators, without computing statuses. */
    public List<Task> taskList(Plan plan) {
        return repository.tasks(plan.communeId(), plan.id(), null);
    }

    public List<Target> targets(long communeId, long planId) {
        return repository.targets(communeId, planId);
    }

    public LocalDate today() {
        return VietnamTime.today(clock);
    }

    public int dueSoonDays() {
        return timeliness.settings().dueSoonDays();
    }

    public List<TaskView> tasks(Plan plan, String query) {
        return views(plan.communeId(), repository.tasks(plan.communeId(), plan.id(), query), Map.of(plan.id(), plan));
    }

    /** Tasks of open plans that the unit leads or coordinates, of the plans this user may see. */
    public List<TaskView> tasksOfUnit(CurrentUser user, long unitId) {
        long communeId = user.requireCommune();
        Map<Long, Plan> plans = plansFor(user).stream().collect(Collectors.toMap(Plan::id, Function.identity()));
        return views(communeId, repository.tasksOfUnit(communeId, unitId).stream()
                .filter(t -> plans.containsKey(t.planId())).toList(), plans);
    }

    public TaskView view(Plan plan, Task task) {
        return views(plan.communeId(), List.of(task), Map.of(plan.id(), plan)).get(0);
    }

    private List<TaskView> views(long communeId, List<Task> tasks, Map<Long, Plan> plans) {
        Map<Long, Unit> units = org.units(communeId).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        LocalDate today = today();
        Map<Long, Map<Long, Map<LocalDate, LocalDate>>> completedByPlan = new java.util.HashMap<>();
        List<TaskView> views = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            Plan plan = plans.get(t.planId());
            Period span = plan.period();
            List<DeadlineRule.Occurrence> occurrences = t.deadlineRule().occurrences(span);
            Map<LocalDate, LocalDate> completed = completedByPlan
                    .computeIfAbsent(plan.id(), id -> completions.leadCompletions(communeId, id))
                    .getOrDefault(t.id(), Map.of());
            TaskStatus status = timeliness.ofTask(t.deadlineRule(), span, completed, today);
            Unit lead = units.get(t.leadUnitId());
            List<Unit> coordinators = t.coordinatorUnitIds().stream().map(units::get).toList();
            views.add(new TaskView(t, lead.name(), coordinators.stream().map(Unit::name).toList(), lead.shortName(),
                    coordinators.stream().map(Unit::shortName).toList(), occurrences,
                    TaskTimeliness.nextDue(occurrences, today), status, plan.title()));
        }
        return views;
    }

    /** Counts by status, per area and per unit (as lead), for the coordinator overview. */
    public Overview overview(Plan plan) {
        List<TaskView> tasks = tasks(plan, null);
        Map<TaskStatus, Long> total = countByStatus(tasks);
        Map<ReformArea, Map<TaskStatus, Long>> byArea = new LinkedHashMap<>();
        ReformArea.group(repository.areas(), tasks, t -> t.task().areaCode())
                .forEach((area, inArea) -> byArea.put(area, countByStatus(inArea)));
        Map<Long, UnitLoad> byUnit = new LinkedHashMap<>();
        for (Unit unit : org.units(plan.communeId())) {
            List<TaskView> led = tasks.stream().filter(t -> t.ledBy(unit.id())).toList();
            long coordinating = tasks.stream().filter(t -> t.task().coordinatorUnitIds().contains(unit.id())).count();
            if (!led.isEmpty() || coordinating > 0) {
                byUnit.put(unit.id(), new UnitLoad(unit, led.size(), coordinating, countByStatus(led)));
            }
        }
        List<TaskView> overdue = tasks.stream().filter(t -> t.status() == TaskStatus.OVERDUE).toList();
        List<TaskView> dueSoon = tasks.stream().filter(t -> t.status() == TaskStatus.DUE_SOON)
                .sorted(java.util.Comparator.comparing(TaskView::nextDue)).toList();
        return new Overview(plan, tasks.size(), total, byArea, new ArrayList<>(byUnit.values()), overdue, dueSoon);
    }

    private static Map<TaskStatus, Long> countByStatus(List<TaskView> tasks) {
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0L);
        }
        tasks.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
        return counts;
    }

    public record Overview(Plan plan, int taskCount, Map<TaskStatus, Long> byStatus,
                           Map<ReformArea, Map<TaskStatus, Long>> byArea, List<UnitLoad> byUnit, List<TaskView> overdue,
                           List<TaskView> dueSoon) {
    }

    public record UnitLoad(Unit unit, long leading, long coordinating, Map<TaskStatus, Long> byStatus) {
    }
}
