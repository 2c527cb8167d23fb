package vn.cchc.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.PeriodType;
import vn.cchc.documents.ReportCalendar;
import vn.cchc.documents.ReportWindow;
import vn.cchc.documents.ReportYear;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanStatus;
import vn.cchc.progress.Obligation;
import vn.cchc.progress.ObligationRole;
import vn.cchc.progress.Obligations;
import vn.cchc.progress.ReportingPeriod;
import vn.cchc.progress.ReportingSchedule;

/**
 * The due dates that come from the commune's plans in force (issued or closed, not drafts): every task occurrence
 * for its lead and each coordinating unit (their earlier date, as progress computes it), the units' reports to the
 * standing agency, and the commune's periodic reports to the province (monthly ones only where the plan reports
 * monthly).
 */
@Component
class PlanDeadlines {

    private final PlanQueries plans;
    private final Obligations obligations;
    private final ReportingSchedule schedule;
    private final ReportCalendar reportCalendar;

    PlanDeadlines(PlanQueries plans, Obligations obligations, ReportingSchedule schedule,
                  ReportCalendar reportCalendar) {
        this.plans = plans;
        this.obligations = obligations;
        this.schedule = schedule;
        this.reportCalendar = reportCalendar;
    }

    List<DeadlineEntry> between(CurrentUser me, Map<Long, Unit> units, Set<Long> standingAgency, long provinceId,
                                LocalDate from, LocalDate to, LocalDate today) {
        List<DeadlineEntry> result = new ArrayList<>();
        Set<String> communeReports = new LinkedHashSet<>();
        for (Plan plan : plans.plans(me.requireCommune())) {
            if (plan.status() == PlanStatus.DRAFT) {
                continue;
            }
            // a year's report and the next year's first ones fall due after the plan's span
            if (!plan.period().start().isAfter(to) && !plan.period().end().isBefore(from.minusMonths(2))) {
                List<Obligation> owed = obligations.of(plan, today);
                tasks(owed, units, from, to, result);
                unitReports(me, plan, owed, units, from, to, result);
            }
            commune(me, plan, standingAgency, provinceId, from, to, communeReports, result);
        }
        return result;
    }

    private static void tasks(List<Obligation> owed, Map<Long, Unit> units, LocalDate from, LocalDate to,
                              List<DeadlineEntry> result) {
        for (Obligation o : owed) {
            if (o.due() == null || o.due().isBefore(from) || o.due().isAfter(to)) {
                continue;
            }
            String title = o.taskCode() + " " + o.taskTitle() + (o.label() == null ? "" : " (" + o.label() + ")");
            result.add(new DeadlineEntry(o.due(), DeadlineKind.TASK, title, shortName(units, o.unitId()),
                    o.role() == ObligationRole.COORDINATOR, Set.of(o.unitId()), "/tasks/" + o.taskId(),
                    o.status().done(), "task-" + o.taskId() + "-" + o.occurrenceDue() + "-u" + o.unitId()));
        }
    }

    private void unitReports(CurrentUser me, Plan plan, List<Obligation> owed, Map<Long, Unit> units,
                             LocalDate from, LocalDate to, List<DeadlineEntry> result) {
        Set<Long> reporting = new LinkedHashSet<>();
        owed.forEach(o -> reporting.add(o.unitId()));
        String who = String.join(", ", reporting.stream().map(u -> shortName(units, u)).toList());
        String link = me.coordinates() ? "/progress/plans/" + plan.id() + "/periods" : "/progress/my";
        for (ReportingPeriod p : schedule.periods(plan)) {
            if (!p.due().isBefore(from) && !p.due().isAfter(to)) {
                result.add(new DeadlineEntry(p.due(), DeadlineKind.UNIT_REPORT, p.label() + " – " + plan.title(),
                        who, false, Set.copyOf(reporting), link, false, "report-" + plan.id() + "-" + p.code()));
            }
        }
    }

    /** The commune's reports of the plan's year, once per report even when two plans cover the year. */
    private void commune(CurrentUser me, Plan plan, Set<Long> standingAgency, long provinceId, LocalDate from,
                         LocalDate to, Set<String> seen, List<DeadlineEntry> result) {
        if (plan.year() < from.getYear() - 1 || plan.year() > to.getYear()) {
            return;
        }
        ReportYear year = reportCalendar.year(provinceId, plan.year());
        Stream<ReportWindow> windows = plan.reportingCadence() == PeriodType.MONTH
                ? Stream.concat(year.periodic().stream(), year.months().stream()) : year.periodic().stream();
        windows.filter(w -> !w.due().isBefore(from) && !w.due().isAfter(to)).forEach(w -> {
            String uid = "periodic-" + w.year() + "-" + w.code();
            if (seen.add(uid)) {
                String link = me.canMakeDocuments() ? "/documents/periodic/" + plan.id() + "/" + w.code()
                        : "/documents/report-types";
                result.add(new DeadlineEntry(w.due(), DeadlineKind.COMMUNE_REPORT, w.name(), "", false,
                        standingAgency, link, false, uid));
            }
        });
    }

    private static String shortName(Map<Long, Unit> units, long unitId) {
        Unit u = units.get(unitId);
        return u == null ? "" : u.shortName() != null && !u.shortName().isBlank() ? u.shortName() : u.name();
    }
}
