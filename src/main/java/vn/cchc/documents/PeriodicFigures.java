package vn.cchc.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.ScoreCard;
import vn.cchc.dossier.ServiceFigures;
import vn.cchc.dossier.ServiceIndicators;
import vn.cchc.dossier.TthcStatistics;
import vn.cchc.pakn.PaknFigures;
import vn.cchc.plan.DeadlineRule;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.Target;
import vn.cchc.plan.Task;
import vn.cchc.plan.TaskCompletions;
import vn.cchc.plan.TaskStatus;
import vn.cchc.plan.TaskTimeliness;
import vn.cchc.plan.TimelinessSettings;
import vn.cchc.progress.AcceptedNarratives;
import vn.cchc.progress.AcceptedNarratives.Narrative;
import vn.cchc.registers.RegisterSummaries;
import vn.cchc.registers.RegisterSummary;

/**
 * Every figure the periodic report states for a window: task occurrences due in it (done on time, done late,
 * overdue, not yet due) per area and per lead unit, each target's actual value against its threshold, and the
 * one-stop figures (dossiers, PAKN, 766 card), and what the CCHC registers hold for the window (inspections,
 * initiatives, dialogues, articles). Computed on request, never stored.
 */
@Component
class PeriodicFigures {

    /** Occurrences due in the window, by what became of them as of today. */
    record TaskCounts(int onTime, int late, int overdue, int notDue) {
        static final TaskCounts ZERO = new TaskCounts(0, 0, 0, 0);

        int total() {
            return onTime + late + overdue + notDue;
        }

        TaskCounts plus(TaskStatus s) {
            return switch (s) {
                case DONE_ON_TIME -> new TaskCounts(onTime + 1, late, overdue, notDue);
                case DONE_LATE -> new TaskCounts(onTime, late + 1, overdue, notDue);
                case OVERDUE -> new TaskCounts(onTime, late, overdue + 1, notDue);
                default -> new TaskCounts(onTime, late, overdue, notDue + 1);
            };
        }
    }

    /** An occurrence past due and not done, with what its lead unit last said about it. */
    record Overdue(Task task, LocalDate due, String reason) {
    }

    record TargetResult(Target target, Optional<BigDecimal> actual) {
        Optional<Boolean> achieved() {
            return actual.map(target::achievedBy);
        }
    }

    record Figures(Map<Long, String> taskAreas, Map<String, TaskCounts> byArea, Map<Long, TaskCounts> byUnit, List<Overdue> overdue,
                   List<TargetResult> targets, List<Narrative> narratives, List<Task> dueNext,
                   ServiceFigures dossiers, PaknFigures pakn, ScoreCard score766, RegisterSummary registers) {
    }

    /** Only done, late and overdue are counted here (due soon or later is all "not due"): no due-soon window. */
    private static final TaskTimeliness PAST_DUE_ONLY = new TaskTimeliness(new TimelinessSettings(0, 0));

    private final PlanQueries plans;
    private final TaskCompletions completions;
    private final IndicatorReadings readings;
    private final ServiceIndicators services;
    private final TthcStatistics statistics;
    private final AcceptedNarratives narratives;
    private final PeriodicWindows windows;
    private final RegisterSummaries registers;

    PeriodicFigures(PlanQueries plans, TaskCompletions completions, IndicatorReadings readings,
                    ServiceIndicators services, TthcStatistics statistics, AcceptedNarratives narratives,
                    PeriodicWindows windows, RegisterSummaries registers) {
        this.registers = registers;
        this.statistics = statistics;
        this.windows = windows;
        this.plans = plans;
        this.completions = completions;
        this.readings = readings;
        this.services = services;
        this.narratives = narratives;
    }

    Figures of(Plan plan, long provinceId, ReportWindow window) {
        LocalDate today = plans.today();
        LocalDate nextTo = windows.nextTo(provinceId, window);
        Period period = TthcStatistics.periodFor(window.from(), window.to());
        List<Task> tasks = plans.taskList(plan);
        Map<Long, Map<LocalDate, LocalDate>> done = completions.leadCompletions(plan.communeId(), plan.id());
        List<Narrative> accepted = narratives.inWindow(plan, window.from(), window.to());
        Map<String, TaskCounts> byArea = new LinkedHashMap<>();
        Map<Long, TaskCounts> byUnit = new LinkedHashMap<>();
        List<Overdue> overdue = new ArrayList<>();
        List<Task> dueNext = new ArrayList<>();
        for (Task t : tasks) {
            for (DeadlineRule.Occurrence o : t.deadlineRule().occurrences(plan.period())) {
                if (o.due().isAfter(window.to()) && !o.due().isAfter(nextTo) && !dueNext.contains(t)) {
                    dueNext.add(t);
                }
                if (o.due().isBefore(window.from()) || o.due().isAfter(window.to())) {
                    continue;
                }
                TaskStatus s = PAST_DUE_ONLY.ofOccurrence(o.due(),
                        done.getOrDefault(t.id(), Map.of()).get(o.due()), today);
                byArea.merge(t.areaCode(), TaskCounts.ZERO.plus(s), PeriodicFigures::sum);
                byUnit.merge(t.leadUnitId(), TaskCounts.ZERO.plus(s), PeriodicFigures::sum);
                if (s == TaskStatus.OVERDUE) {
                    overdue.add(new Overdue(t, o.due(), reason(accepted, t)));
                }
            }
        }
        List<TargetResult> targets = plans.targets(plan.communeId(), plan.id()).stream()
                .map(t -> new TargetResult(t, t.indicatorCode() == null ? Optional.empty()
                        : readings.read(plan.communeId(), t.indicatorCode(), period)))
                .toList();
        Map<Long, String> taskAreas = new HashMap<>();
        tasks.forEach(t -> taskAreas.put(t.id(), t.areaCode()));
        return new Figures(taskAreas, byArea, byUnit, overdue, targets, accepted, dueNext,
                statistics.figures(plan.communeId(), window.from(), window.to()),
                services.pakn(plan.communeId(), period),
                statistics.score766(plan.communeId(), window.from(), window.to()).card(),
                registers.of(plan.communeId(), window.from(), window.to()));
    }

    private static TaskCounts sum(TaskCounts a, TaskCounts b) {
        return new TaskCounts(a.onTime + b.onTime, a.late + b.late, a.overdue + b.overdue, a.notDue + b.notDue);
    }

    /** The lead unit's latest words on the task: its reason when it gave one, else its narrative. */
    private static String reason(List<Narrative> accepted, Task t) {
        return accepted.stream().filter(n -> n.taskId() == t.id() && n.unitId() == t.leadUnitId())
                .reduce((a, b) -> b)
                .map(n -> n.reason() != null && !n.reason().isBlank() ? n.reason()
                        : n.narrative() == null ? "" : n.narrative())
                .orElse("Chưa có báo cáo được chấp nhận");
    }
}
