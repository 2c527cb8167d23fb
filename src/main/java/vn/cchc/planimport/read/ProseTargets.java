package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftTarget;

/**
 * Targets stated in the "Mục tiêu" / "Chỉ tiêu" sections: every sentence or ";"-clause with a threshold is a
 * target; one with several thresholds ("100% cán bộ … và 100% văn bản …") is cut before each further threshold at
 * its "và" or comma. The area is the area heading above ("2.3. Cải cách thủ tục hành chính": HIGH) or guessed
 * from the words (MEDIUM, null when unclear). Sentences without a threshold are goals, not targets, and are left.
 */
final class ProseTargets {

    private static final int SUB_HEADING_WORDS = 5;

    private ProseTargets() {
    }

    static List<DraftTarget> find(Outline outline, ReadContext context) {
        List<DraftTarget> targets = new ArrayList<>();
        for (Outline.Section section : outline.sections()) {
            if (section.kind() != Outline.Kind.TARGETS) {
                continue;
            }
            String area = AreaNames.ofHeading(section.heading());
            String prefix = "";
            int index = 0;
            boolean tasksPart = false;
            for (TextItem item : section.items()) {
                String heading = AreaNames.ofHeading(item);
                if (heading != null) {
                    area = heading;
                    prefix = item.label() == null ? "" : item.label() + ".";
                    index = 0;
                    tasksPart = false;
                    continue;
                }
                // "1.1. Mục tiêu" / "1.2. Nhiệm vụ" under an area: what follows "Nhiệm vụ" are tasks, not targets
                Boolean opensTasks = subHeading(item);
                if (opensTasks != null) {
                    tasksPart = opensTasks;
                    continue;
                }
                if (tasksPart || ParentheticalTasks.isTask(item)) {
                    continue;
                }
                // Numbered goals keep their number; dashed ones are numbered in order under their heading.
                String base = item.isNumbered() ? item.label() : prefix + (index + 1);
                if (read(item, base, area, context, targets)) {
                    index++;
                }
            }
        }
        return targets;
    }

    /** True for a short "Nhiệm vụ" / "Giải pháp" sub-heading, false for a "Mục tiêu" / "Chỉ tiêu" one, else null. */
    private static Boolean subHeading(TextItem item) {
        if (!item.isNumbered() || item.wordCount() > SUB_HEADING_WORDS) {
            return null;
        }
        String folded = vn.cchc.shared.SearchText.key(item.text());
        if (folded.startsWith("nhiem vu") || folded.startsWith("giai phap")) {
            return true;
        }
        return folded.startsWith("muc tieu") || folded.startsWith("chi tieu") ? false : null;
    }

    /** Adds the item's targets; true when it had any. */
    private static boolean read(TextItem item, String base, String area, ReadContext context, List<DraftTarget> out) {
        int k = 0;
        for (Clauses.Clause clause : Clauses.of(item.text())) {
            List<Threshold> found = ThresholdReader.find(clause.text());
            for (int t = 0; t < found.size(); t++) {
                int from = t == 0 ? 0 : cut(clause.text(), found.get(t - 1).end(), found.get(t).start())[1];
                int to = t + 1 < found.size() ? cut(clause.text(), found.get(t).end(), found.get(t + 1).start())[0]
                        : clause.text().length();
                int[] piece = Clauses.trim(clause.text(), from, to);
                if (piece == null) {
                    continue;
                }
                String text = clause.text().substring(piece[0], piece[1]);
                Threshold threshold = found.get(t);
                String areaCode = area != null ? area : AreaNames.guess(text);
                String code = k == 0 ? base : base + (char) ('a' + k);
                out.add(new DraftTarget(areaCode, code, text, threshold.metric(), threshold.comparator(),
                        threshold.value(), threshold.unit(), IndicatorLinks.link(text, context.indicatorCodes()),
                        null, null, item.spanOf(clause.start() + piece[0], clause.start() + piece[1]),
                        area != null ? Confidence.HIGH : Confidence.MEDIUM));
                k++;
            }
        }
        return k > 0;
    }

    /**
     * Where a clause holding two thresholds is cut: at the last "và" or comma between them, else right before the
     * second; returns where the first part ends and where the second starts.
     */
    private static int[] cut(String text, int afterFirst, int secondStart) {
        String between = text.substring(afterFirst, secondStart);
        int va = between.lastIndexOf(" và ");
        int comma = between.lastIndexOf(',');
        int at = Math.max(va, comma);
        if (at < 0) {
            return new int[] {secondStart, secondStart};
        }
        return new int[] {afterFirst + at, afterFirst + at + (at == va ? 4 : 1)};
    }
}
