package vn.cchc.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.Target;
import vn.cchc.plan.TaskStatus;
import vn.cchc.plan.TaskView;

/**
 * The forecast for the current period: the score each criterion can expect from today's data, the points at risk
 * per unit and the three actions that would gain the most.
 * <p>Expected = base × share of linked tasks not overdue × share of linked targets not missed × evidence factor,
 * where base is the unit's proposed score, else the computed proposal, else full points for a criterion scored by
 * hand (nothing yet says otherwise) and 0 for a computed one without data. A criterion that requires evidence and
 * has none is multiplied by {@code cchc.parindex.missing-evidence-factor} (default 0: appraisers give no points
 * without tài liệu kiểm chứng).
 */
@Service
public class PointsAtRisk {

    private final java.time.Clock clock;
    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final CriteriaSets sets;
    private final LiveFigures live;
    private final OrgDirectory org;
    private final BigDecimal missingEvidenceFactor;

    PointsAtRisk(java.time.Clock clock, AssessmentRepository repository, CriteriaRepository criteria, CriteriaSets sets,
                 LiveFigures live, OrgDirectory org,
                 @Value("${cchc.parindex.missing-evidence-factor:0}") BigDecimal missingEvidenceFactor) {
        this.clock = clock;
        this.repository = repository;
        this.criteria = criteria;
        this.sets = sets;
        this.live = live;
        this.org = org;
        this.missingEvidenceFactor = missingEvidenceFactor;
    }

    /** The period being assessed today: the first half until June, then the year. */
    Period currentPeriod() {
        java.time.LocalDate today = vn.cchc.shared.VietnamTime.today(clock);
        return today.getMonthValue() <= 6 ? Period.half(today.getYear(), 1) : Period.year(today.getYear());
    }

    public Optional<Forecast> forecast(CurrentUser user, String periodCode) {
        long communeId = user.requireCommune();
        Period period = periodCode == null || periodCode.isBlank() ? currentPeriod() : StartAssessment.parsePeriod(periodCode);
        Optional<Assessment> assessment = repository.ofPeriod(communeId, period.code());
        Optional<CriteriaSet> set = assessment.isPresent()
                ? criteria.set(user.provinceId(), assessment.get().setId())
                : criteria.active(user.provinceId(), period.year());
        return set.map(s -> forecast(communeId, period, s, assessment.orElse(null)));
    }

    Forecast forecast(long communeId, Period period, CriteriaSet set, Assessment assessment) {
        CriteriaTree tree = sets.tree(set);
        Map<Long, AssessmentItem> items = new HashMap<>();
        Map<Long, List<Long>> evidence = Map.of();
        if (assessment != null) {
            repository.items(communeId, assessment.id()).forEach(i -> items.put(i.nodeId(), i));
            evidence = repository.evidence(communeId, assessment.id());
        }
        List<Unit> units = org.activeUnits(communeId);
        Map<Long, Unit> unitById = new HashMap<>();
        org.units(communeId).forEach(u -> unitById.put(u.id(), u));
        Unit standing = org.standingAgency(communeId).orElse(units.isEmpty() ? null : units.get(0));
        LiveFigures.Inputs inputs = live.inputs(communeId, period);
        List<CriterionRisk> risks = new ArrayList<>();
        Map<String, Action> actions = new LinkedHashMap<>();
        for (CriteriaNode leaf : tree.leaves()) {
            if (leaf.method() == ScoringMethod.SURVEY) {
                continue;
            }
            AssessmentItem item = items.get(leaf.id());
            Unit unit = item != null ? unitById.get(item.unitId()) : units.stream()
                    .filter(u -> u.kind().name().equals(leaf.unitKind())).findFirst().orElse(standing);
            risks.add(risk(leaf, item, item != null && evidence.containsKey(item.id()), unit, inputs,
                    units.size(), actions));
        }
        List<Action> top = actions.values().stream().filter(a -> a.gain.signum() > 0)
                .sorted(Comparator.comparing((Action a) -> a.gain).reversed()).limit(3).toList();
        Map<String, BigDecimal> byUnit = new LinkedHashMap<>();
        risks.stream().sorted(Comparator.comparing(CriterionRisk::atRisk).reversed())
                .forEach(r -> byUnit.merge(r.unitName(), r.atRisk(), BigDecimal::add));
        List<UnitRisk> unitRisks = byUnit.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .map(e -> new UnitRisk(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(UnitRisk::atRisk).reversed()).toList();
        return new Forecast(period, set, assessment, risks, unitRisks, top);
    }

    private CriterionRisk risk(CriteriaNode leaf, AssessmentItem item, boolean hasEvidence, Unit unit,
                               LiveFigures.Inputs inputs, int unitCount, Map<String, Action> actions) {
        ScoringRule rule = sets.rule(leaf);
        Optional<Proposal> proposal = live.proposal(leaf, rule, item == null ? null : item.countValue(), inputs, unitCount);
        BigDecimal base = item != null && item.selfPoints() != null ? item.selfPoints()
                : proposal.map(Proposal::points).orElse(leaf.method().computed() ? BigDecimal.ZERO : leaf.maxPoints());
        List<Reason> reasons = new ArrayList<>();
        if (leaf.method().computed() && proposal.isEmpty()) {
            reasons.add(new Reason("parindex.risk.noData"));
        }

        // A criterion scored on its linked tasks or targets already counts them in its figure: no second discount.
        FigureSource source = CriterionScoring.figureSource(rule).orElse(null);
        boolean scoredOnTasks = source != null && source.kind() == FigureSource.Kind.TASKS;
        boolean scoredOnTargets = source != null && source.kind() == FigureSource.Kind.TARGET;
        List<TaskView> tasks = inputs.linkedTasks(leaf.code());
        List<TaskView> overdue = tasks.stream().filter(t -> t.status() == TaskStatus.OVERDUE).toList();
        BigDecimal taskFactor = scoredOnTasks ? BigDecimal.ONE : share(tasks.size() - overdue.size(), tasks.size());
        List<Target> targets = inputs.linkedTargets(leaf.code());
        List<Target> missed = targets.stream().filter(t -> inputs.actual(t).map(v -> !t.achievedBy(v)).orElse(false)).toList();
        BigDecimal targetFactor = scoredOnTargets ? BigDecimal.ONE : share(targets.size() - missed.size(), targets.size());
        boolean evidenceMissing = leaf.needsEvidence() && !hasEvidence;
        BigDecimal evidenceFactor = evidenceMissing ? missingEvidenceFactor : BigDecimal.ONE;

        BigDecimal expected = round(base.multiply(taskFactor).multiply(targetFactor).multiply(evidenceFactor));
        String unitName = unit == null ? "" : unit.shortName();
        for (TaskView t : overdue) {
            reasons.add(new Reason("parindex.risk.taskOverdue", t.task().code()));
            BigDecimal gain = scoredOnTasks
                    ? pointsIfOneMoreTaskDone(leaf, rule, tasks, unitCount).subtract(base)
                    : base.multiply(share(1, tasks.size()));
            add(actions, "task:" + t.task().id(), new Reason("parindex.action.task", t.task().code(), t.task().title()),
                    t.leadUnitShortName(), gain.multiply(targetFactor).multiply(evidenceFactor), leaf.code());
        }
        for (Target t : missed) {
            reasons.add(new Reason("parindex.risk.targetMissed", t.code()));
            BigDecimal gain = base.multiply(share(1, targets.size())).multiply(taskFactor).multiply(evidenceFactor);
            add(actions, "target:" + t.id(), new Reason("parindex.action.target", t.code(), t.text()), unitName, gain,
                    leaf.code());
        }
        if (evidenceMissing) {
            reasons.add(new Reason("parindex.risk.noEvidence"));
            BigDecimal gain = base.multiply(taskFactor).multiply(targetFactor).subtract(expected);
            add(actions, "evidence:" + leaf.code(), new Reason("parindex.action.evidence", leaf.code(),
                    leaf.evidenceRequired()), unitName, gain, leaf.code());
        }
        indicatorAction(leaf, rule, proposal, base, taskFactor.multiply(targetFactor).multiply(evidenceFactor), unitName,
                unitCount, reasons, actions);
        return new CriterionRisk(leaf, item == null ? null : item.id(), unitName, leaf.maxPoints(), expected,
                leaf.maxPoints().subtract(expected), reasons);
    }

    /** The points of a task-scored criterion if one more of its overdue tasks were done. */
    private static BigDecimal pointsIfOneMoreTaskDone(CriteriaNode leaf, ScoringRule rule, List<TaskView> tasks,
                                                      int unitCount) {
        long onTime = tasks.stream().filter(t -> CriterionScoring.onTime(t.status())).count();
        BigDecimal figure = CriterionScoring.taskShare(onTime + 1, tasks.size());
        return CriterionScoring.proposal(rule, leaf.maxPoints(), Optional.of(figure), null, unitCount).map(Proposal::points)
                .orElse(BigDecimal.ZERO);
    }

    /**
     * A computed figure below the next step (or below full points), or a count read from a register below what the
     * rule requires: raising it is an action of its own.
     */
    private static void indicatorAction(CriteriaNode leaf, ScoringRule rule, Optional<Proposal> proposal, BigDecimal base,
                                        BigDecimal factors, String unitName, int unitCount, List<Reason> reasons,
                                        Map<String, Action> actions) {
        if (proposal.isEmpty() || proposal.get().figure() == null) {
            return;
        }
        BigDecimal figure = proposal.get().figure();
        if (rule instanceof ScoringRule.Ladder ladder) {
            ladder.nextStep(figure).ifPresent(step -> {
                String level = symbol(step.comparator()) + plain(step.threshold());
                reasons.add(new Reason("parindex.risk.belowStep", plain(figure), level));
                add(actions, "figure:" + leaf.code(), new Reason("parindex.action.figure", leaf.code(), leaf.title(),
                        level + "%"), unitName,
                        step.points().subtract(base).multiply(factors), leaf.code());
            });
        } else if (rule instanceof ScoringRule.Proportional p && figure.compareTo(p.fullAt()) < 0) {
            reasons.add(new Reason("parindex.risk.belowStep", plain(figure), "≥ " + plain(p.fullAt())));
            add(actions, "figure:" + leaf.code(), new Reason("parindex.action.figure", leaf.code(), leaf.title(),
                    "≥ " + plain(p.fullAt()) + "%"), unitName, leaf.maxPoints().subtract(base).multiply(factors), leaf.code());
        } else if (rule instanceof ScoringRule.Count c && figure.compareTo(BigDecimal.valueOf(c.required(unitCount))) < 0) {
            String level = "≥ " + c.required(unitCount);
            reasons.add(new Reason("parindex.risk.belowCount", plain(figure), level));
            add(actions, "figure:" + leaf.code(), new Reason("parindex.action.figure", leaf.code(), leaf.title(), level),
                    unitName, leaf.maxPoints().subtract(base).multiply(factors), leaf.code());
        }
    }

    private static void add(Map<String, Action> actions, String key, Reason what, String unit, BigDecimal gain,
                            String criterion) {
        Action a = actions.computeIfAbsent(key, k -> new Action(what, unit));
        a.gain = round(a.gain.add(gain));
        if (!a.criteria.contains(criterion)) {
            a.criteria.add(criterion);
        }
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ONE : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String symbol(String comparator) {
        return comparator.replace(">=", "≥ ").replace("<=", "≤ ").replace(">", "> ").replace("<", "< ");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** A message key with its arguments, rendered in the reader's language. */
    public record Reason(String key, Object... args) {
    }

    /** A criterion's expected points and what puts the rest at risk; {@code itemId} links to its assessment page. */
    public record CriterionRisk(CriteriaNode node, Long itemId, String unitName, BigDecimal max, BigDecimal expected,
                                BigDecimal atRisk, List<Reason> reasons) {
    }

    public record UnitRisk(String unitName, BigDecimal atRisk) {
    }

    /** Something to do, what it gains in points, who leads it, and the criteria it lifts. */
    public static final class Action {
        private final Reason what;
        private final String unit;
        private BigDecimal gain = BigDecimal.ZERO.setScale(2);
        private final List<String> criteria = new ArrayList<>();

        Action(Reason what, String unit) {
            this.what = what;
            this.unit = unit;
        }

        public Reason what() {
            return what;
        }

        public String unit() {
            return unit;
        }

        public BigDecimal gain() {
            return gain;
        }

        public List<String> criteria() {
            return criteria;
        }
    }

    public record Forecast(Period period, CriteriaSet set, Assessment assessment, List<CriterionRisk> criteria,
                           List<UnitRisk> byUnit, List<Action> actions) {

        public BigDecimal max() {
            return criteria.stream().map(CriterionRisk::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal expected() {
            return criteria.stream().map(CriterionRisk::expected).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal atRisk() {
            return max().subtract(expected());
        }

        public List<CriterionRisk> atRiskOnly() {
            return criteria.stream().filter(c -> c.atRisk().signum() > 0)
                    .sorted(Comparator.comparing(CriterionRisk::atRisk).reversed()).toList();
        }
    }
}
