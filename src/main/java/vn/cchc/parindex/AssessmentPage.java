package vn.cchc.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.calendar.Period;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Unit;

/**
 * An assessment as its page shows it: the criteria tree with each leaf's item, live proposal and evidence, the
 * sums per area and criterion, the self and appraised totals, and what the viewer may do ({@link AssessmentPolicy}).
 */
public final class AssessmentPage {

    private final CurrentUser viewer;
    private final Assessment assessment;
    private final CriteriaSet set;
    private final Commune commune;
    private final List<Row> rows = new ArrayList<>();
    private final List<Snapshot> snapshots;
    private final LocalDate today;
    private final Map<AssessmentItem.State, Long> counts = new EnumMap<>(AssessmentItem.State.class);
    private final Map<Long, Unit> units;
    private final CriteriaTree tree;

    AssessmentPage(CurrentUser viewer, Assessment assessment, CriteriaSet set, Commune commune, CriteriaTree tree,
                   List<AssessmentItem> items, Map<Long, List<Long>> evidence, Map<Long, EvidenceDocument> docs,
                   Map<Long, Unit> units, Map<Long, Optional<Proposal>> proposals, List<Snapshot> snapshots,
                   LocalDate today) {
        this.viewer = viewer;
        this.assessment = assessment;
        this.set = set;
        this.commune = commune;
        this.snapshots = snapshots;
        this.today = today;
        this.units = units;
        this.tree = tree;
        for (AssessmentItem.State s : AssessmentItem.State.values()) {
            counts.put(s, 0L);
        }
        Map<Long, AssessmentItem> byNode = new HashMap<>();
        items.forEach(i -> byNode.put(i.nodeId(), i));
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        for (CriteriaNode node : tree.nodes()) {
            AssessmentItem item = byNode.get(node.id());
            if (item != null && node.method() != ScoringMethod.SURVEY) {
                counts.merge(item.state(), 1L, Long::sum);
            }
            List<EvidenceDocument> cited = item == null ? List.of() : evidence.getOrDefault(item.id(), List.of()).stream()
                    .map(docs::get).filter(java.util.Objects::nonNull).toList();
            Unit unit = item == null ? null : units.get(item.unitId());
            rows.add(new Row(node, tree.depth(node), item, unit == null ? "" : unit.shortName(), cited,
                    item == null ? Optional.empty() : proposals.getOrDefault(item.id(), Optional.empty()),
                    sums.computeIfAbsent(node.id(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})));
            if (item != null) {
                BigDecimal self = item.selfPoints() == null ? BigDecimal.ZERO : item.selfPoints();
                BigDecimal appraised = item.appraisedPoints() != null ? item.appraisedPoints()
                        : node.method() == ScoringMethod.SURVEY ? BigDecimal.ZERO : self;
                for (Long at = node.id(); at != null; at = tree.node(at).parentId()) {
                    BigDecimal[] sum = sums.computeIfAbsent(at, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sum[0] = sum[0].add(self);
                    sum[1] = sum[1].add(appraised);
                }
            }
        }
    }

    /** One node: a leaf carries its item; every row carries the self and appraised sums beneath it. */
    public record Row(CriteriaNode node, int depth, AssessmentItem item, String unitName, List<EvidenceDocument> evidence,
                      Optional<Proposal> proposal, BigDecimal[] sums) {

        public BigDecimal selfSum() {
            return sums[0];
        }

        public BigDecimal appraisedSum() {
            return sums[1];
        }

        public boolean missingEvidence() {
            return item != null && node.needsEvidence() && evidence.isEmpty() && node.method() != ScoringMethod.SURVEY;
        }

        public boolean survey() {
            return node.method() == ScoringMethod.SURVEY;
        }
    }

    public Assessment assessment() {
        return assessment;
    }

    public CriteriaSet set() {
        return set;
    }

    public Commune commune() {
        return commune;
    }

    public String periodLabel() {
        return Period.parse(assessment.periodCode()).label();
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Row> areas() {
        return rows.stream().filter(r -> r.depth() == 1).toList();
    }

    public List<Snapshot> snapshots() {
        return snapshots;
    }

    public Map<AssessmentItem.State, Long> counts() {
        return counts;
    }

    public List<Unit> units() {
        return units.values().stream().filter(Unit::active).toList();
    }

    public boolean late() {
        return assessment.editableByCommune() && today.isAfter(assessment.deadline());
    }

    public BigDecimal totalMax() {
        return areas().stream().map(r -> r.node().maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal surveyPoints() {
        return set.surveyPoints() == null ? BigDecimal.ZERO : set.surveyPoints();
    }

    /** The commune's own points (survey criteria are not self-scored). */
    public BigDecimal selfTotal() {
        return areas().stream().map(Row::selfSum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Appraised points plus survey points, untouched criteria counting at their self score until finalised. */
    public BigDecimal appraisedTotal() {
        return areas().stream().map(Row::appraisedSum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The appraiser's changes to the commune's own criteria: appraised minus self, summed (survey aside). */
    public BigDecimal deltaTotal() {
        return rows.stream().filter(r -> r.item() != null && !r.survey() && r.item().delta() != null)
                .map(r -> r.item().delta()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Self points over the self-scored maximum, in %. */
    public BigDecimal selfPercent() {
        return percent(selfTotal(), totalMax().subtract(surveyPoints()));
    }

    /** The index: appraised and survey points over the set's total, in %. */
    public BigDecimal indexPercent() {
        return percent(appraisedTotal(), totalMax());
    }

    public String grade() {
        return set.grades().of(assessment.status() == Assessment.Status.FINAL ? indexPercent() : selfPercent());
    }

    /** Part of whole in %, two decimals; 0 of nothing. The PAR dossier's score sheet computes its shares with it. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    public boolean appraised() {
        return assessment.status() != Assessment.Status.IN_PROGRESS;
    }

    // --- what the viewer may do --------------------------------------------------------------------------------

    private boolean may(AssessmentPolicy.Step step, AssessmentItem item) {
        boolean survey = item != null && tree.node(item.nodeId()).method() == ScoringMethod.SURVEY;
        return AssessmentPolicy.check(viewer, step, assessment, item, survey, today).allowed();
    }

    public boolean canEdit(AssessmentItem item) {
        return may(AssessmentPolicy.Step.PROPOSE, item);
    }

    /** Whether the viewer reviews criteria of this assessment at all (the side panel: links, reassigning). */
    public boolean canReview() {
        return may(AssessmentPolicy.Step.REVIEW, null);
    }

    public boolean canReview(AssessmentItem item) {
        return may(AssessmentPolicy.Step.REVIEW, item);
    }

    public boolean canApprove() {
        return may(AssessmentPolicy.Step.APPROVE, null);
    }

    public boolean allAccepted() {
        return AssessmentPolicy.allAccepted(counts.entrySet().stream()
                .filter(e -> e.getKey() != AssessmentItem.State.ACCEPTED).mapToLong(Map.Entry::getValue).sum()).allowed();
    }

    public boolean canAppraise() {
        return may(AssessmentPolicy.Step.APPRAISE, null);
    }

    public boolean canRequestExplanations() {
        return may(AssessmentPolicy.Step.REQUEST_EXPLANATIONS, null);
    }

    public boolean canExplain(AssessmentItem item) {
        return may(AssessmentPolicy.Step.EXPLAIN, item);
    }

    public boolean canSubmitExplanations() {
        return may(AssessmentPolicy.Step.SUBMIT_EXPLANATIONS, null);
    }

    public boolean canFinalise() {
        return may(AssessmentPolicy.Step.FINALISE, null);
    }

    public Row row(long itemId) {
        return rows.stream().filter(r -> r.item() != null && r.item().id() == itemId).findFirst()
                .orElseThrow(() -> new vn.cchc.shared.NotFoundException("criterion", itemId));
    }
}
