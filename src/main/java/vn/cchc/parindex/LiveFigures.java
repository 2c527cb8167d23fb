package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.Target;
import vn.cchc.plan.TaskView;

/**
 * Today's data behind computed criteria: one-stop indicators over the assessment period, the actual values of linked
 * targets and the state of linked tasks, read once per commune and period and shared by every criterion. The
 * arithmetic on what it reads is {@link CriterionScoring}'s.
 */
@Component
class LiveFigures {

    private final IndicatorReadings readings;
    private final PlanQueries plans;
    private final AssessmentRepository links;

    LiveFigures(IndicatorReadings readings, PlanQueries plans, AssessmentRepository links) {
        this.readings = readings;
        this.plans = plans;
        this.links = links;
    }

    /** What a commune's data says during a period: linked tasks and targets, indicator values read lazily. */
    final class Inputs {
        final long communeId;
        final Period period;
        final AssessmentRepository.Links links;
        final Map<Long, TaskView> tasks = new java.util.LinkedHashMap<>();
        final Map<Long, Target> targets = new java.util.LinkedHashMap<>();
        private final Map<String, Optional<BigDecimal>> indicators = new HashMap<>();

        Inputs(long communeId, Period period, AssessmentRepository.Links links) {
            this.communeId = communeId;
            this.period = period;
            this.links = links;
            for (Plan plan : plans.plans(communeId)) {
                if (plan.period().year() == period.year()) {
                    plans.tasks(plan, null).forEach(t -> tasks.put(t.task().id(), t));
                    plans.targets(communeId, plan.id()).forEach(t -> targets.put(t.id(), t));
                }
            }
        }

        Optional<BigDecimal> indicator(String code) {
            return indicators.computeIfAbsent(code, c -> readings.read(communeId, c, period));
        }

        List<TaskView> linkedTasks(String criterion) {
            return links.tasksOf(criterion).stream().map(tasks::get).filter(java.util.Objects::nonNull).toList();
        }

        List<Target> linkedTargets(String criterion) {
            return links.targetsOf(criterion).stream().map(targets::get).filter(java.util.Objects::nonNull).toList();
        }

        /** A linked target's actual value, when it is measured by an indicator that has data. */
        Optional<BigDecimal> actual(Target target) {
            return target.indicatorCode() == null ? Optional.empty() : indicator(target.indicatorCode());
        }
    }

    /** The commune's data for the period, with its criterion links. */
    Inputs inputs(long communeId, Period period) {
        return new Inputs(communeId, period, links.links(communeId));
    }

    /** The data an assessment's computed criteria read: its commune over its period. */
    Inputs inputs(Assessment assessment) {
        return inputs(assessment.communeId(), Period.parse(assessment.periodCode()));
    }

    /** What live data (or the unit's count) proposes for a criterion under its rule; empty without data. */
    Optional<Proposal> proposal(CriteriaNode node, ScoringRule rule, Integer count, Inputs inputs, int units) {
        Optional<BigDecimal> figure = CriterionScoring.figureSource(rule).flatMap(s -> figure(s, node.code(), inputs));
        return CriterionScoring.proposal(rule, node.maxPoints(), figure, count, units);
    }

    /** The figure a computed criterion reads (a percentage), if there is data for it. */
    Optional<BigDecimal> figure(FigureSource source, String criterion, Inputs in) {
        return switch (source.kind()) {
            case INDICATOR -> in.indicator(source.indicatorCode());
            case TARGET -> in.linkedTargets(criterion).stream().map(in::actual).flatMap(Optional::stream).findFirst();
            case TASKS -> CriterionScoring.taskShare(in.linkedTasks(criterion).stream().map(TaskView::status).toList());
        };
    }
}
