package vn.cchc.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.org.OrgDirectory;
import vn.cchc.plan.DeadlineRule;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.Task;
import vn.cchc.plan.TaskStatus;
import vn.cchc.plan.TaskTimeliness;

/**
 * The status engine: expands every task of a plan into the occurrences each unit owes and gives each its state as
 * of a day. The dates and states follow {@link TaskTimeliness} (the coordinating units' earlier date on the
 * province's working calendar); an occurrence is done once an accepted report states it done.
 */
@Service
public class Obligations {

    private final PlanQueries plans;
    private final StatementRepository repository;
    private final WorkingCalendars calendars;
    private final OrgDirectory org;
    private final TaskTimeliness timeliness;

    Obligations(PlanQueries plans, StatementRepository repository, WorkingCalendars calendars, OrgDirectory org,
                TaskTimeliness timeliness) {
        this.plans = plans;
        this.repository = repository;
        this.calendars = calendars;
        this.org = org;
        this.timeliness = timeliness;
    }

    /** Every unit's obligations in the plan, in task order, as of {@code today}. */
    public List<Obligation> of(Plan plan, LocalDate today) {
        return of(plan, plans.taskList(plan), today);
    }

    List<Obligation> of(Plan plan, List<Task> tasks, LocalDate today) {
        Map<Key, StatementRepository.Statement> accepted = new HashMap<>();
        for (StatementRepository.Statement s : repository.acceptedStatements(plan.communeId(), plan.id())) {
            accepted.put(new Key(s.taskId(), s.unitId(), s.occurrenceDue()), s);
        }
        WorkingCalendar calendar = calendars.of(org.commune(plan.communeId()).provinceId());
        Period span = plan.period();
        List<Obligation> result = new ArrayList<>();
        for (Task task : tasks) {
            DeadlineRule rule = task.deadlineRule();
            List<DeadlineRule.Occurrence> occurrences = rule.occurrences(span);
            Integer quantity = rule instanceof DeadlineRule.Recurring r ? r.quantity() : null;
            List<Long> units = new ArrayList<>();
            units.add(task.leadUnitId());
            units.addAll(task.coordinatorUnitIds());
            for (long unit : units) {
                ObligationRole role = unit == task.leadUnitId() ? ObligationRole.LEAD : ObligationRole.COORDINATOR;
                if (occurrences.isEmpty()) {
                    result.add(new Obligation(task.id(), task.code(), task.title(), task.areaCode(), unit, role, null,
                            null, null, quantity, TaskTimeliness.undated(rule),
                            reported(accepted.get(new Key(task.id(), unit, null)))));
                    continue;
                }
                for (DeadlineRule.Occurrence o : occurrences) {
                    LocalDate due = timeliness.dueFor(role == ObligationRole.LEAD, o.due(), calendar);
                    StatementRepository.Statement s = accepted.get(new Key(task.id(), unit, o.due()));
                    LocalDate completedOn = s != null && s.status().done() ? s.completedOn() : null;
                    result.add(new Obligation(task.id(), task.code(), task.title(), task.areaCode(), unit, role, o.due(),
                            due, o.label(), quantity,
                            timeliness.ofOccurrence(due, completedOn, today), reported(s)));
                }
            }
        }
        return result;
    }

    public List<Obligation> ofUnit(Plan plan, long unitId, LocalDate today) {
        return of(plan, today).stream().filter(o -> o.unitId() == unitId).toList();
    }

    /**
     * The state a report line shows. A line that states the work done is judged on its own completion date against
     * the unit's due date, as the saved line itself was; before the report is accepted the occurrence alone would
     * still read overdue. Any other line shows the occurrence's state.
     */
    TaskStatus asStated(Obligation o, ReportItems.ItemRow line, LocalDate today) {
        if (o.due() == null || !line.status().done() || line.completedOn() == null) {
            return o.status();
        }
        return timeliness.ofOccurrence(o.due(), line.completedOn(), today);
    }

    private static Obligation.Reported reported(StatementRepository.Statement s) {
        return s == null ? null : new Obligation.Reported(s.status(), s.percent(), s.quantity(), s.completedOn());
    }

    private record Key(long taskId, long unitId, LocalDate occurrenceDue) {
    }
}
