package vn.cchc.planimport.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;

/**
 * Turns one appendix row, its cells keyed by column, into a draft task or targets. Every field is the text of
 * the row's own cells; units are kept as written and matched to the commune's units. Confidence is HIGH only
 * when the task, lead and deadline all come from their own columns and the lead matched a unit; MEDIUM when a
 * field was inferred (a lead read from a free-text assignment, cells split from PDF text); LOW when the task,
 * the lead or the deadline is missing.
 */
final class AppendixRows {

    private AppendixRows() {
    }

    static DraftTask task(String area, String code, Map<TableColumn, String> cells, LineSpan span, boolean guessed,
                          ReadContext context) {
        String title = first(cells, TableColumn.TITLE, TableColumn.INDICATOR);
        String assignment = join(cells.get(TableColumn.ASSIGNMENT), cells.get(TableColumn.NOTE));
        String leadText = first(cells, TableColumn.LEAD, TableColumn.RESPONSIBLE);
        String coordinatorsText = first(cells, TableColumn.COORDINATORS, TableColumn.EXECUTING);
        boolean inferred = false;
        boolean allOthers = false;
        if (leadText == null && cells.get(TableColumn.ASSIGNMENT) != null) {
            AppendixUnits.Assignment read = AppendixUnits.assignment(cells.get(TableColumn.ASSIGNMENT));
            leadText = read.leadText();
            coordinatorsText = read.coordinatorsText();
            allOthers = read.allOthers();
            inferred = true;
        }
        UnitMatcher matcher = context.unitMatcher();
        UnitMatch lead = leadText == null ? UnitMatch.none(null) : matcher.match(leadText);
        UnitMatch coordinators = coordinatorsText == null ? UnitMatch.none(null) : matcher.match(coordinatorsText);
        allOthers |= coordinators.allOthers()
                || (coordinatorsText != null && AppendixUnits.mentions(coordinatorsText).stream().anyMatch(AppendixUnits.Mention::generic));
        String deadline = cells.get(TableColumn.DEADLINE);
        Confidence confidence = title == null || leadText == null || deadline == null ? Confidence.LOW
                : guessed || inferred || lead.unitIds().isEmpty() || !lead.exact() ? Confidence.MEDIUM
                : Confidence.HIGH;
        return new DraftTask(area, code, title, cells.get(TableColumn.PRODUCT), leadText,
                lead.unitIds().isEmpty() ? null : lead.unitIds().get(0), coordinatorsText, coordinators.unitIds(),
                allOthers, deadline, assignment, span, confidence);
    }

    /**
     * The targets of a target row: one per threshold the threshold cell states — a cell listing "- 100% … ;
     * - … 20% …" gives two, coded "3.1" and "3.1b". The target's text is the indicator, then ": " and the
     * threshold as written, so the threshold's words stay visible to the reviewer. A row whose cell states no
     * number is a yes/no target; each is linked to the one-stop indicator its words name, if any.
     */
    static List<DraftTarget> targets(String area, String code, Map<TableColumn, String> cells, LineSpan span,
                                     boolean guessed, ReadContext context) {
        String indicator = first(cells, TableColumn.INDICATOR, TableColumn.TITLE);
        String responsible = first(cells, TableColumn.RESPONSIBLE, TableColumn.LEAD, TableColumn.EXECUTING);
        UnitMatch unit = responsible == null ? UnitMatch.none(null) : context.unitMatcher().match(responsible);
        List<DraftTarget> targets = new ArrayList<>();
        List<String> parts = thresholdParts(cells.get(TableColumn.THRESHOLD));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            List<Threshold> found = part.isEmpty() ? List.of() : ThresholdReader.find(part);
            Threshold t = found.isEmpty() ? null : found.get(0);
            String text = part.isEmpty() || indicator == null ? indicator
                    : indicator.replaceAll("[.:;,\\s]+$", "") + ": " + part;
            Confidence confidence = t == null || indicator == null ? Confidence.LOW
                    : guessed || unit.unitIds().isEmpty() ? Confidence.MEDIUM : Confidence.HIGH;
            String partCode = code == null || i == 0 ? code : code + (char) ('a' + i);
            String linked = text == null ? null : IndicatorLinks.link(text, context.indicatorCodes());
            Long responsibleId = unit.unitIds().isEmpty() ? null : unit.unitIds().get(0);
            if (t == null) {
                // a row stating no number ("Chỉ số PAR được đánh giá, xác định") is met or not: yes/no, to confirm
                targets.add(new DraftTarget(area, partCode, text, MetricKind.YES_NO, Comparator.EQ, BigDecimal.ONE,
                        null, linked, responsible, responsibleId, span, Confidence.LOW));
                continue;
            }
            targets.add(new DraftTarget(area, partCode, text, t.metric(), t.comparator(), t.value(), t.unit(),
                    linked, responsible, responsibleId, span, confidence));
        }
        return targets;
    }

    /** A threshold cell's bulleted parts when it lists several that each state a number, else the whole cell. */
    static List<String> thresholdParts(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of("");
        }
        String[] bullets = cell.strip().split("(?:^|(?<=[;.])\\s+|\\n)[-+•]\\s+");
        List<String> parts = new ArrayList<>();
        for (String bullet : bullets) {
            String b = bullet.strip().replaceAll("[;.]$", "").strip();
            if (!b.isEmpty()) {
                parts.add(b);
            }
        }
        boolean allNumbered = parts.size() > 1 && parts.stream().allMatch(p -> p.matches(".*\\d.*"));
        return allNumbered ? parts : List.of(cell.strip());
    }

    private static String first(Map<TableColumn, String> cells, TableColumn... columns) {
        for (TableColumn column : columns) {
            String value = cells.get(column);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null || b.isBlank() ? null : b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }
}
