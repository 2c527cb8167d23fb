package vn.cchc.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.parindex.Assessment;
import vn.cchc.parindex.AssessmentPage;
import vn.cchc.parindex.Snapshot;
import vn.cchc.parindex.SnapshotItem;

/**
 * An assessment's scores as its dossier states them. Once submitted, the self scores, comments and evidence are
 * those of the latest frozen snapshot (what the province received), never the live rows; the appraised scores are
 * the province's own and are read live. A total is given only when every score beneath it is known.
 */
record ParScoreSheet(AssessmentPage page, Optional<Snapshot> snapshot, List<Line> lines, BigDecimal maxTotal,
                     BigDecimal selfTotal, BigDecimal appraisedTotal, List<Cited> cited) {

    /** One row of the table: an area or an inner criterion carries the sums of the leaves beneath it. */
    record Line(String code, String title, int depth, boolean leaf, BigDecimal max, BigDecimal self,
                BigDecimal appraised, String comment) {
    }

    /** A document a criterion cites, with the checksum it had when cited (the snapshot's, else the stored one). */
    record Cited(String criterionCode, String criterionTitle, long documentId, String sha256) {
    }

    static ParScoreSheet of(AssessmentPage page) {
        Optional<Snapshot> latest = page.snapshots().stream().max(Comparator.comparingInt(Snapshot::versionNo));
        Map<String, SnapshotItem> frozen = new LinkedHashMap<>();
        latest.ifPresent(s -> s.items().forEach(i -> frozen.put(i.code(), i)));
        List<Line> lines = new ArrayList<>();
        List<Cited> cited = new ArrayList<>();
        for (AssessmentPage.Row row : page.rows()) {
            String code = row.node().code();
            String title = row.node().title();
            if (row.item() == null) {
                lines.add(new Line(code, title, row.depth(), false, row.node().maxPoints(), null, null, ""));
                continue;
            }
            SnapshotItem sent = frozen.get(code);
            BigDecimal self = row.survey() ? null : sent != null ? sent.selfPoints() : row.item().selfPoints();
            String comment = sent != null ? sent.comment() : row.item().comment();
            lines.add(new Line(code, title, row.depth(), true, row.node().maxPoints(), self,
                    row.item().appraisedPoints(), comment == null ? "" : comment));
            if (sent != null) {
                sent.evidence().forEach(d -> cited.add(new Cited(code, title, d.id(), d.sha256())));
            } else {
                row.evidence().forEach(d -> cited.add(new Cited(code, title, d.id(), d.sha256())));
            }
        }
        List<Line> summed = sum(lines);
        List<Line> areas = summed.stream().filter(l -> l.depth() == 1).toList();
        return new ParScoreSheet(page, latest, summed, total(areas, Line::max), total(areas, Line::self),
                known(areas, Line::appraised) ? total(areas, Line::appraised) : null, List.copyOf(cited));
    }

    /** Each inner line gets the sums of the leaves beneath it (the lines come in tree order). */
    private static List<Line> sum(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.leaf()) {
                out.add(line);
                continue;
            }
            List<Line> leaves = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && lines.get(j).depth() > line.depth(); j++) {
                if (lines.get(j).leaf()) {
                    leaves.add(lines.get(j));
                }
            }
            out.add(new Line(line.code(), line.title(), line.depth(), false, line.max(),
                    known(leaves, Line::self) ? total(leaves, Line::self) : null,
                    known(leaves, Line::appraised) ? total(leaves, Line::appraised) : null, ""));
        }
        return out;
    }

    private static boolean known(List<Line> lines, java.util.function.Function<Line, BigDecimal> value) {
        return !lines.isEmpty() && lines.stream().allMatch(l -> value.apply(l) != null);
    }

    private static BigDecimal total(List<Line> lines, java.util.function.Function<Line, BigDecimal> value) {
        return lines.stream().map(value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean finalised() {
        return page.assessment().status() == Assessment.Status.FINAL;
    }

    /** Self points over the self-scored maximum (survey points aside), in %, as the assessment page computes it. */
    BigDecimal selfPercent() {
        return AssessmentPage.percent(selfTotal, maxTotal.subtract(page.surveyPoints()));
    }

    /** The index once final: appraised and survey points over the set's total, in %. */
    BigDecimal indexPercent() {
        return appraisedTotal == null ? BigDecimal.ZERO : AssessmentPage.percent(appraisedTotal, maxTotal);
    }

    String grade() {
        return page.set().grades().of(finalised() ? indexPercent() : selfPercent());
    }
}
