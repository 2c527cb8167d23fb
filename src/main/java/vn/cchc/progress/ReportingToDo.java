package vn.cchc.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanStatus;

/**
 * What waits on a user in unit reporting, for the inbox: submitted reports to review, the unit's returned reports, and
 * the unit's lines due now. Each list is the user's only (a reviewer never sees their own unit's report to review, a
 * unit only its own reports and lines); users who cannot act get empty lists.
 */
@Service
public class ReportingToDo {

    private final ReportRepository reports;
    private final ReportingSchedule schedule;
    private final Obligations obligations;
    private final PlanQueries plans;
    private final OrgDirectory org;
    private final ReportAccess access;
    private final ReportItems items;

    ReportingToDo(ReportRepository reports, ReportingSchedule schedule, Obligations obligations, PlanQueries plans,
                  OrgDirectory org, ReportAccess access, ReportItems items) {
        this.items = items;
        this.reports = reports;
        this.schedule = schedule;
        this.obligations = obligations;
        this.plans = plans;
        this.org = org;
        this.access = access;
    }

    /**
     * A report waiting on someone. {@code deadline}: the last day the unit can still revise it, the period's lock date
     * (or the reopening's end, if later); null when the period never locks.
     */
    public record WaitingReport(long reportId, String planTitle, String unitName, String periodLabel,
                                LocalDate deadline) {
    }

    /** One of the unit's lines due now; {@code reportId} is the unit's editable report that carries it, or null. */
    public record LineDue(Obligation line, String planTitle, Long reportId) {
    }

    /** Submitted reports the user may accept or return, oldest submission first. */
    @Transactional(readOnly = true)
    public List<WaitingReport> toReview(CurrentUser user) {
        if (!user.hasCommune()) {
            return List.of();
        }
        return waiting(user.communeId(), reports.inState(user.communeId(), ReportState.SUBMITTED).stream()
                .filter(r -> ReportAccess.mayReview(user, r)).toList());
    }

    /** The user's unit's reports the reviewer returned, for the unit's own people. */
    @Transactional(readOnly = true)
    public List<WaitingReport> returned(CurrentUser user) {
        if (!user.hasCommune() || user.unitId() == null || !user.canReportFor(user.unitId())) {
            return List.of();
        }
        return waiting(user.communeId(), reports.inState(user.communeId(), ReportState.RETURNED).stream()
                .filter(r -> r.unitId() == user.unitId()).toList());
    }

    /** The unit's open lines of issued plans: this month's first, then overdue ones, then those due soon. */
    @Transactional(readOnly = true)
    public List<LineDue> linesDue(CurrentUser user) {
        if (!user.hasCommune() || user.unitId() == null || !user.canReportFor(user.unitId())) {
            return List.of();
        }
        long communeId = user.communeId();
        long unitId = user.unitId();
        LocalDate today = access.today();
        List<LineDue> result = new ArrayList<>();
        for (Plan plan : plans.plans(communeId)) {
            if (plan.status() != PlanStatus.ISSUED) {
                continue;
            }
            List<Obligation> now = obligations.ofUnit(plan, unitId, today).stream()
                    .filter(o -> OwnListOrder.dueNow(o, today)).sorted(OwnListOrder.asOf(today)).toList();
            if (now.isEmpty()) {
                continue;
            }
            Map<String, Long> carriers = carriers(plan, unitId, today);
            for (Obligation o : now) {
                result.add(new LineDue(o, plan.title(), carriers.get(Obligation.key(o.taskId(), o.occurrenceDue()))));
            }
        }
        // Across plans too: this month's lines first, then overdue, then upcoming.
        result.sort((a, b) -> OwnListOrder.asOf(today).compare(a.line(), b.line()));
        return result;
    }

    /**
     * Where the unit writes about each line: of its reports it can still edit, the earliest period's report holding the
     * line (a report also carries earlier open lines and the next one of its other tasks), by occurrence key.
     */
    private Map<String, Long> carriers(Plan plan, long unitId, LocalDate today) {
        Map<String, Long> result = new HashMap<>();
        List<ReportRepository.ReportRow> mine = reports.reports(plan.communeId(), plan.id()).stream()
                .filter(r -> r.unitId() == unitId && r.state().editable()).toList();
        if (mine.isEmpty()) {
            return result;
        }
        for (ReportingPeriod period : schedule.periods(plan)) {
            mine.stream().filter(r -> r.periodCode().equals(period.code()) && !ReportAccess.locked(period, r, today))
                    .findFirst().ifPresent(r -> items.items(plan.communeId(), r.id()).forEach(line ->
                            result.putIfAbsent(Obligation.key(line.taskId(), line.occurrenceDue()), r.id())));
        }
        return result;
    }

    private List<WaitingReport> waiting(long communeId, List<ReportRepository.ReportRow> rows) {
        Map<Long, String> units = new HashMap<>();
        org.units(communeId).forEach(u -> units.put(u.id(), u.shortName()));
        Map<Long, Plan> planById = new HashMap<>();
        Map<Long, List<ReportingPeriod>> periodsOf = new HashMap<>();
        List<WaitingReport> result = new ArrayList<>();
        for (ReportRepository.ReportRow r : rows) {
            Plan plan = planById.computeIfAbsent(r.planId(), id -> plans.plan(communeId, id).orElseThrow());
            ReportingPeriod period = periodsOf.computeIfAbsent(plan.id(), id -> schedule.periods(plan)).stream()
                    .filter(p -> p.code().equals(r.periodCode())).findFirst().orElse(null);
            if (period == null) {
                continue; // a period the plan no longer has (its span changed): nothing to act on here
            }
            result.add(new WaitingReport(r.id(), plan.title(), units.get(r.unitId()), period.label(),
                    ReportAccess.lastDayToRevise(period, r)));
        }
        return result;
    }
}
