package vn.cchc.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.ReformArea;
import vn.cchc.plan.TaskStatus;
import vn.cchc.plan.TaskTimeliness;

/**
 * The coordinator's view of a plan for one reporting period: completion by area and unit, what is overdue, which
 * reports are missing or waiting for review, the trend month by month, and each unit's reporting discipline
 * (DHIS2's reporting rate and timeliness) ranked for staff evaluation.
 */
@Service
public class ProgressDashboard {

    private final Obligations obligations;
    private final ReportingSchedule schedule;
    private final ReportRepository repository;
    private final PlanQueries plans;
    private final OrgDirectory org;

    ProgressDashboard(Obligations obligations, ReportingSchedule schedule, ReportRepository repository,
                      PlanQueries plans, OrgDirectory org) {
        this.obligations = obligations;
        this.schedule = schedule;
        this.repository = repository;
        this.plans = plans;
        this.org = org;
    }

    public Dashboard of(Plan plan, String periodCode, Long unitFilter, LocalDate today) {
        List<ReportingPeriod> periods = schedule.periods(plan);
        ReportingPeriod period = periods.stream().filter(p -> p.code().equals(periodCode)).findFirst()
                .orElseGet(() -> schedule.current(periods, today));
        List<Obligation> all = obligations.of(plan, today);
        Map<Long, Unit> units = org.units(plan.communeId()).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Set<Long> reportingUnits = Obligation.reportingUnits(all);
        List<Obligation> scoped = unitFilter == null ? all : all.stream().filter(o -> o.unitId() == unitFilter).toList();
        List<Obligation> inPeriod = scoped.stream().filter(o -> dueWithin(o, period)).toList();

        Map<ReformArea, Counts> byArea = new LinkedHashMap<>();
        ReformArea.group(plans.areas(), inPeriod.stream().filter(o -> o.role() == ObligationRole.LEAD).toList(),
                Obligation::areaCode).forEach((area, list) -> byArea.put(area, Counts.of(list)));
        List<ReportRepository.ReportRow> reports = repository.reports(plan.communeId(), plan.id());
        List<UnitRow> byUnit = new ArrayList<>();
        for (long unitId : reportingUnits) {
            if (unitFilter != null && unitFilter != unitId) {
                continue;
            }
            List<Obligation> ofUnit = all.stream().filter(o -> o.unitId() == unitId).toList();
            byUnit.add(new UnitRow(units.get(unitId),
                    Counts.of(ofUnit.stream().filter(o -> dueWithin(o, period)).toList()),
                    discipline(unitId, periods, reports, today), Counts.of(ofUnit.stream()
                    .filter(o -> o.due() != null && !o.due().isAfter(today)).toList())));
        }
        List<UnitRow> ranking = byUnit.stream().sorted(Comparator
                .comparingDouble((UnitRow r) -> -r.toDate().onTimeShare())
                .thenComparingDouble(r -> -r.discipline().timeliness())
                .thenComparingDouble(r -> -r.discipline().rate())
                .thenComparing(r -> r.unit().name())).toList();

        Map<Long, ReportRepository.ReportRow> reportOfUnit = reports.stream()
                .filter(r -> r.periodCode().equals(period.code()))
                .collect(Collectors.toMap(ReportRepository.ReportRow::unitId, Function.identity()));
        List<Unit> missing = reportingUnits.stream()
                .filter(u -> unitFilter == null || unitFilter == u)
                .filter(u -> reportOfUnit.get(u) == null || reportOfUnit.get(u).submissions() == 0)
                .map(units::get).toList();
        List<ReportLink> awaitingReview = reports.stream().filter(r -> r.state() == ReportState.SUBMITTED)
                .filter(r -> unitFilter == null || unitFilter == r.unitId())
                .map(r -> new ReportLink(r, units.get(r.unitId()), label(periods, r.periodCode()))).toList();
        List<Obligation> overdue = scoped.stream().filter(o -> o.status() == TaskStatus.OVERDUE)
                .sorted(Comparator.comparing(Obligation::due)).toList();
        return new Dashboard(plan, periods, period, Counts.of(inPeriod.stream()
                .filter(o -> o.role() == ObligationRole.LEAD).toList()), byArea, byUnit, ranking, overdue, missing,
                reportOfUnit, awaitingReview, trend(plan, scoped, today), units);
    }

    /** Reporting rate and timeliness over the periods already due, DHIS2-style. */
    static Discipline discipline(long unitId, List<ReportingPeriod> periods, List<ReportRepository.ReportRow> reports,
                                 LocalDate today) {
        Map<String, ReportRepository.ReportRow> byPeriod = reports.stream().filter(r -> r.unitId() == unitId)
                .collect(Collectors.toMap(ReportRepository.ReportRow::periodCode, Function.identity()));
        int expected = 0;
        int received = 0;
        int onTime = 0;
        for (ReportingPeriod p : periods) {
            if (!p.expectedBy(today)) {
                continue;
            }
            expected++;
            ReportRepository.ReportRow r = byPeriod.get(p.code());
            if (r != null && r.firstSubmittedAt() != null) {
                received++;
                if (!p.late(r.firstSubmittedOn())) {
                    onTime++;
                }
            }
        }
        return new Discipline(expected, received, onTime);
    }

    /** Month by month, of the lead occurrences due so far: how many were done on time, late, or not at all. */
    static List<TrendPoint> trend(Plan plan, List<Obligation> obligations, LocalDate today) {
        List<TrendPoint> points = new ArrayList<>();
        for (Period month : plan.period().split(PeriodType.MONTH)) {
            LocalDate end = month.end();
            if (month.start().isAfter(today)) {
                break;
            }
            LocalDate asOf = end.isAfter(today) ? today : end;
            int due = 0;
            int onTime = 0;
            int late = 0;
            for (Obligation o : obligations) {
                if (o.role() != ObligationRole.LEAD || o.due() == null || o.due().isAfter(asOf)) {
                    continue;
                }
                due++;
                LocalDate completed = o.status().done() ? o.reported().completedOn() : null;
                if (completed != null && !completed.isAfter(asOf)) {
                    if (TaskTimeliness.doneLate(completed, o.due())) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
            }
            points.add(new TrendPoint(month.index() + "/" + month.year(), due, onTime, late));
        }
        return points;
    }

    private static boolean dueWithin(Obligation o, ReportingPeriod period) {
        return o.due() != null && !o.due().isBefore(period.start()) && !o.due().isAfter(period.end());
    }

    private static String label(List<ReportingPeriod> periods, String code) {
        return periods.stream().filter(p -> p.code().equals(code)).map(ReportingPeriod::label).findFirst().orElse(code);
    }

    public record Dashboard(Plan plan, List<ReportingPeriod> periods, ReportingPeriod period, Counts total,
                            Map<ReformArea, Counts> byArea, List<UnitRow> byUnit, List<UnitRow> ranking,
                            List<Obligation> overdue, List<Unit> missingReports,
                            Map<Long, ReportRepository.ReportRow> reportOfUnit, List<ReportLink> awaitingReview,
                            List<TrendPoint> trend, Map<Long, Unit> units) {

        public Unit unit(long id) {
            return units.get(id);
        }
    }

    public record UnitRow(Unit unit, Counts inPeriod, Discipline discipline, Counts toDate) {
    }

    public record ReportLink(ReportRepository.ReportRow report, Unit unit, String periodLabel) {
    }

    /** Occurrence counts by state. */
    public record Counts(Map<TaskStatus, Integer> byStatus, int total) {
        static Counts of(List<Obligation> obligations) {
            Map<TaskStatus, Integer> m = new EnumMap<>(TaskStatus.class);
            for (TaskStatus s : TaskStatus.values()) {
                m.put(s, 0);
            }
            obligations.forEach(o -> m.merge(o.status(), 1, Integer::sum));
            return new Counts(m, obligations.size());
        }

        public int get(String status) {
            return byStatus.get(TaskStatus.valueOf(status));
        }

        public int done() {
            return byStatus.get(TaskStatus.DONE_ON_TIME) + byStatus.get(TaskStatus.DONE_LATE);
        }

        /** Done on time out of those due (done or overdue); 1 when nothing was due yet. */
        public double onTimeShare() {
            int due = done() + byStatus.get(TaskStatus.OVERDUE);
            return due == 0 ? 1 : byStatus.get(TaskStatus.DONE_ON_TIME) / (double) due;
        }

        /** Not done and not overdue: due soon, upcoming, or waiting for a trigger. */
        public int pending() {
            return total - done() - byStatus.get(TaskStatus.OVERDUE);
        }

        public int dueCount() {
            return done() + byStatus.get(TaskStatus.OVERDUE);
        }
    }

    /** Reports expected (periods past due), received, and received by the due date. */
    public record Discipline(int expected, int received, int onTime) {
        public double rate() {
            return expected == 0 ? 1 : received / (double) expected;
        }

        public double timeliness() {
            return expected == 0 ? 1 : onTime / (double) expected;
        }
    }

    public record TrendPoint(String month, int due, int onTime, int late) {
    }
}
