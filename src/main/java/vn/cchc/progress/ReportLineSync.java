package vn.cchc.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cchc.calendar.WorkingCalendarChanged;
import vn.cchc.org.Commune;
import vn.cchc.org.OrgDirectory;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.PlanTasksChanged;

/**
 * Gives an editable report the lines it lacks. Reading a report never writes: its lines are added when something
 * that decides them changes, on a write path: the report opened, reopened or returned, the plan's tasks changed, the
 * standing agency's due and lock dates changed, the province's working calendar changed, a report of the unit
 * accepted (an occurrence done can bring its task's next one into another report).
 */
@Component
class ReportLineSync {

    private final ReportRepository reports;
    private final StatementRepository statements;
    private final ReportItems items;
    private final Obligations obligations;
    private final ReportingSchedule schedule;
    private final PlanQueries plans;
    private final OrgDirectory org;

    ReportLineSync(ReportRepository reports, StatementRepository statements, ReportItems items,
                   Obligations obligations, ReportingSchedule schedule, PlanQueries plans, OrgDirectory org) {
        this.reports = reports;
        this.statements = statements;
        this.items = items;
        this.obligations = obligations;
        this.schedule = schedule;
        this.plans = plans;
        this.org = org;
    }

    @EventListener
    void tasksChanged(PlanTasksChanged changed) {
        plans.plan(changed.communeId(), changed.planId()).ifPresent(this::planReports);
    }

    /**
     * Coordinators' dates count working days back from the lead's, so a calendar edit can move an occurrence into
     * another period. After the edit commits, in a transaction of its own: a failure here does not undo the edit,
     * and the next change that decides the lines adds them.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void calendarChanged(WorkingCalendarChanged changed) {
        for (Commune commune : org.communesOf(changed.provinceId())) {
            plans.plans(commune.id()).forEach(this::planReports);
        }
    }

    /** Every report of the plan that its unit can still edit. */
    void planReports(Plan plan) {
        syncEditable(plan, reports.reports(plan.communeId(), plan.id()));
    }

    /** After an acceptance: the unit's other reports of the plan that it can still edit. */
    void unitReports(Plan plan, long unitId) {
        syncEditable(plan, reports.reports(plan.communeId(), plan.id()).stream()
                .filter(r -> r.unitId() == unitId).toList());
    }

    /** The reports among these that their unit can edit today (the plan issued, the period not locked). */
    void syncEditable(Plan plan, List<ReportRepository.ReportRow> candidates) {
        LocalDate today = plans.today();
        List<ReportRepository.ReportRow> editable = plan.status() != PlanStatus.ISSUED ? List.of()
                : candidates.stream().filter(r -> r.state().editable()).toList();
        if (editable.isEmpty()) {
            return;
        }
        List<Obligation> owed = obligations.of(plan, today);
        for (ReportRepository.ReportRow report : editable) {
            schedule.period(plan, report.periodCode())
                    .filter(period -> !ReportAccess.locked(period, report, today))
                    .ifPresent(period -> sync(plan, period, report,
                            owed.stream().filter(o -> o.unitId() == report.unitId()).toList()));
        }
    }

    /**
     * Adds the lines the report lacks: the unit's occurrences due in the period, earlier ones still open, and for
     * any other task of the unit its next occurrence (or its undated obligation), so progress can be reported.
     * Lines are prefilled from the unit's latest statement about the same occurrence.
     */
    void sync(Plan plan, ReportingPeriod period, ReportRepository.ReportRow report, List<Obligation> owed) {
        Map<String, StatementRepository.Statement> latest = new HashMap<>();
        for (StatementRepository.Statement s : statements.latestStatements(report.communeId(), plan.id(),
                report.unitId(), report.id())) {
            latest.put(Obligation.key(s.taskId(), s.occurrenceDue()), s);
        }
        Set<Long> covered = new HashSet<>();
        Set<Obligation> chosen = new HashSet<>();
        for (Obligation o : owed) {
            if (o.due() != null && !o.due().isAfter(period.end()) && (!o.due().isBefore(period.start()) || o.open())) {
                chosen.add(o);
                covered.add(o.taskId());
            }
        }
        for (Obligation o : owed) {
            if (!covered.contains(o.taskId()) && (o.due() == null || o.due().isAfter(period.end()) && o.open())) {
                chosen.add(o);
                covered.add(o.taskId());
            }
        }
        // Inserted in task order, so the report reads in the plan's order.
        items.insertLines(report.communeId(), report.id(), owed.stream().filter(chosen::contains)
                .map(o -> new ReportItems.NewLine(o.taskId(), o.occurrenceDue(), o.role(),
                        latest.get(Obligation.key(o.taskId(), o.occurrenceDue())))).toList());
    }
}
