package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;

/**
 * The province's view of a period: each commune's status, the ranking with its groups and the distribution of
 * points per area. A commune is ranked on its appraised index once final, on its self score once submitted.
 */
@Service
public class ProvinceRanking {

    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final CriteriaSets sets;
    private final OrgDirectory org;

    ProvinceRanking(AssessmentRepository repository, CriteriaRepository criteria, CriteriaSets sets, OrgDirectory org) {
        this.repository = repository;
        this.criteria = criteria;
        this.sets = sets;
        this.org = org;
    }

    public enum Stage { NOT_STARTED, IN_PROGRESS, SUBMITTED, APPRAISED }

    /** One commune's line: status, progress of its review, scores and group. */
    public record Line(Commune commune, Assessment assessment, Stage stage, long accepted, long criteria,
                       BigDecimal selfPercent, BigDecimal indexPercent, BigDecimal score, String grade, int rank,
                       Map<String, BigDecimal> areaPercent) {
        public boolean ranked() {
            return score != null;
        }
    }

    public record AreaSpread(CriteriaNode area, BigDecimal min, BigDecimal average, BigDecimal max) {
    }

    public record View(Period period, CriteriaSet set, List<Line> lines, List<AreaSpread> areas,
                       Map<Stage, Long> stages, Map<String, Long> groups) {
    }

    public View view(CurrentUser user, String periodCode, java.time.LocalDate today) {
        if (!user.role().provinceLevel()) {
            throw new AccessDeniedException("province view");
        }
        Period period = periodCode == null || periodCode.isBlank() ? currentPeriod(today)
                : StartAssessment.parsePeriod(periodCode);
        return view(user.provinceId(), period);
    }

    /** The period being assessed on a day: the first half until June, then the year. */
    static Period currentPeriod(java.time.LocalDate today) {
        return today.getMonthValue() <= 6 ? Period.half(today.getYear(), 1) : Period.year(today.getYear());
    }

    View view(long provinceId, Period period) {
        List<Commune> communes = org.communesOf(provinceId);
        Map<Long, Assessment> byCommune = repository.ofCommunes(communes.stream().map(Commune::id).toList(), period.code());
        Map<Long, List<AssessmentItem>> items = repository.items(byCommune.values().stream().map(Assessment::id).toList());
        // Communes of a province share one or two sets: read each set and its tree once.
        Map<Long, CriteriaSet> setsById = new HashMap<>();
        Map<Long, CriteriaTree> trees = new HashMap<>();
        CriteriaSet shown = criteria.active(provinceId, period.year()).orElse(null);
        List<Line> lines = new ArrayList<>();
        for (Commune c : communes) {
            Assessment a = byCommune.get(c.id());
            if (a == null) {
                lines.add(new Line(c, null, Stage.NOT_STARTED, 0, 0, null, null, null, null, 0, Map.of()));
                continue;
            }
            CriteriaSet set = setsById.computeIfAbsent(a.setId(), k -> criteria.set(provinceId, k).orElseThrow());
            if (shown == null) {
                shown = set;
            }
            CriteriaTree tree = trees.computeIfAbsent(set.id(), k -> sets.tree(set));
            lines.add(line(c, a, set, tree, items.getOrDefault(a.id(), List.of())));
        }
        List<Line> ranked = rank(lines);
        Map<Stage, Long> stages = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            stages.put(s, lines.stream().filter(l -> l.stage() == s).count());
        }
        Map<String, Long> groups = new LinkedHashMap<>();
        if (shown != null) {
            shown.grades().grades().forEach(g -> groups.put(g.label(), 0L));
        }
        ranked.stream().filter(Line::ranked).forEach(l -> groups.merge(l.grade(), 1L, Long::sum));
        CriteriaSet shownSet = shown;
        return new View(period, shown, ranked, spreads(ranked, shown == null ? null
                : trees.computeIfAbsent(shown.id(), k -> sets.tree(shownSet))), stages, groups);
    }

    private static Line line(Commune c, Assessment a, CriteriaSet set, CriteriaTree tree, List<AssessmentItem> items) {
        Map<Long, BigDecimal[]> areaSums = new HashMap<>();
        long accepted = 0;
        long scorable = 0;
        boolean touched = false;
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal appraised = BigDecimal.ZERO;
        for (AssessmentItem i : items) {
            CriteriaNode node = tree.node(i.nodeId());
            boolean survey = node.method() == ScoringMethod.SURVEY;
            if (!survey) {
                scorable++;
                accepted += i.state() == AssessmentItem.State.ACCEPTED ? 1 : 0;
                touched |= i.selfPoints() != null || i.state() != AssessmentItem.State.OPEN;
            }
            BigDecimal s = i.selfPoints() == null ? BigDecimal.ZERO : i.selfPoints();
            BigDecimal p = i.appraisedPoints() != null ? i.appraisedPoints() : survey ? BigDecimal.ZERO : s;
            self = self.add(s);
            appraised = appraised.add(p);
            // Per area: self points, appraised points, and the self-scorable maximum (survey criteria aside).
            BigDecimal[] sum = areaSums.computeIfAbsent(tree.areaOf(node).id(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(s);
            sum[1] = sum[1].add(p);
            sum[2] = survey ? sum[2] : sum[2].add(node.maxPoints());
        }
        BigDecimal total = tree.totalPoints();
        BigDecimal survey = set.surveyPoints() == null ? BigDecimal.ZERO : set.surveyPoints();
        BigDecimal selfPercent = AssessmentPage.percent(self, total.subtract(survey));
        boolean fin = a.status() == Assessment.Status.FINAL;
        BigDecimal index = fin ? AssessmentPage.percent(appraised, total) : null;
        Stage stage = switch (a.status()) {
            case IN_PROGRESS -> touched ? Stage.IN_PROGRESS : Stage.NOT_STARTED;
            case SUBMITTED, EXPLAINING -> Stage.SUBMITTED;
            case FINAL -> Stage.APPRAISED;
        };
        BigDecimal score = fin ? index : stage == Stage.SUBMITTED ? selfPercent : null;
        Map<String, BigDecimal> areaPercent = new LinkedHashMap<>();
        if (score != null) {
            for (CriteriaNode area : tree.areas()) {
                BigDecimal[] sum = areaSums.get(area.id());
                if (sum == null || !fin && sum[2].signum() == 0) {
                    continue; // a survey-only area has no self score to compare
                }
                areaPercent.put(area.code(), fin ? AssessmentPage.percent(sum[1], area.maxPoints())
                        : AssessmentPage.percent(sum[0], sum[2]));
            }
        }
        return new Line(c, a, stage, accepted, scorable, stage == Stage.NOT_STARTED ? null : selfPercent, index, score,
                score == null ? null : set.grades().of(score), 0, areaPercent);
    }

    /** Ranked communes first by score (ties share a rank), then the others by name. */
    private static List<Line> rank(List<Line> lines) {
        List<Line> scored = lines.stream().filter(Line::ranked)
                .sorted(Comparator.comparing(Line::score).reversed().thenComparing(l -> l.commune().name())).toList();
        List<Line> out = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < scored.size(); i++) {
            Line l = scored.get(i);
            if (previous == null || l.score().compareTo(previous) != 0) {
                rank = i + 1;
                previous = l.score();
            }
            out.add(new Line(l.commune(), l.assessment(), l.stage(), l.accepted(), l.criteria(), l.selfPercent(),
                    l.indexPercent(), l.score(), l.grade(), rank, l.areaPercent()));
        }
        lines.stream().filter(l -> !l.ranked()).forEach(out::add);
        return out;
    }

    private static List<AreaSpread> spreads(List<Line> lines, CriteriaTree tree) {
        if (tree == null) {
            return List.of();
        }
        List<AreaSpread> out = new ArrayList<>();
        for (CriteriaNode area : tree.areas()) {
            List<BigDecimal> values = lines.stream().filter(Line::ranked).map(l -> l.areaPercent().get(area.code()))
                    .filter(java.util.Objects::nonNull).toList();
            if (values.isEmpty()) {
                out.add(new AreaSpread(area, null, null, null));
                continue;
            }
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new AreaSpread(area, values.stream().min(BigDecimal::compareTo).orElseThrow(),
                    sum.divide(BigDecimal.valueOf(values.size()), 2, java.math.RoundingMode.HALF_UP),
                    values.stream().max(BigDecimal::compareTo).orElseThrow()));
        }
        return out;
    }
}
