package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftTask;
import vn.cchc.shared.SearchText;

/**
 * Tasks whose assignment is a closing parenthesis: "- Rà soát văn bản … (Văn phòng HĐND và UBND xã chủ trì, Phòng
 * Kinh tế phối hợp; hoàn thành trong quý II/2026)." The title is the text before the parenthesis, the lead the
 * words before "chủ trì", the coordinators those before "phối hợp", the deadline the clause after ";" without its
 * verb ("hoàn thành", "thực hiện"). Only an item whose parenthesis names a lead is read; the area is the area
 * heading above, and dashed items are numbered in order under their sub-heading ("1.2" → "1.2.1").
 */
final class ParentheticalTasks {

    /** The item's last parenthesis, which names a lead: "(… chủ trì …)" at the end. */
    private static final Pattern ASSIGNMENT = Pattern.compile("\\(([^()]*chu tri[^()]*)\\)\\s*[.;]?\\s*$");
    private static final Pattern VERB = Pattern.compile("^(hoan thanh|thuc hien|trien khai|thoi gian|tien do)\\s*:?\\s*");

    private ParentheticalTasks() {
    }

    /** True when the item's text ends with a parenthesis naming the unit that leads it. */
    static boolean isTask(TextItem item) {
        return ASSIGNMENT.matcher(SearchText.fold(item.text().strip())).find();
    }

    static List<DraftTask> find(Outline outline, ReadContext context) {
        List<DraftTask> tasks = new ArrayList<>();
        for (Outline.Section section : outline.sections()) {
            if (section.kind() == Outline.Kind.APPENDIX || section.kind() == Outline.Kind.DUTIES) {
                continue;
            }
            String area = AreaNames.ofHeading(section.heading());
            String prefix = "";
            int index = 0;
            for (TextItem item : section.items()) {
                String heading = AreaNames.ofHeading(item);
                if (heading != null) {
                    area = heading;
                }
                if (!isTask(item)) {
                    if (item.isNumbered()) {
                        prefix = item.label() + ".";
                        index = 0;
                    }
                    continue;
                }
                String code = item.isNumbered() ? item.label() : prefix + (++index);
                tasks.add(task(item, area, code, context.unitMatcher()));
            }
        }
        return tasks;
    }

    private static DraftTask task(TextItem item, String area, String code, UnitMatcher units) {
        String text = item.text().strip();
        Matcher m = ASSIGNMENT.matcher(SearchText.fold(text));
        m.find();
        String inside = text.substring(m.start(1), m.end(1));
        String title = text.substring(0, m.start()).strip();
        String[] parts = inside.split(";", 2);
        String who = parts[0];
        String foldedWho = SearchText.fold(who);
        int leadEnd = foldedWho.indexOf("chu tri");
        String leadText = who.substring(0, leadEnd).strip().replaceAll("[,;]$", "");
        String rest = who.substring(leadEnd + "chu tri".length());
        int coordinatorsEnd = SearchText.fold(rest).indexOf("phoi hop");
        String coordinatorsText = coordinatorsEnd < 0 ? null
                : rest.substring(0, coordinatorsEnd).strip().replaceAll("^[,;]\\s*", "");
        String deadline = parts.length < 2 ? null : deadline(parts[1].strip());
        UnitMatch lead = units.match(leadText);
        UnitMatch coordinators = units.match(coordinatorsText);
        Long leadId = lead.unitIds().isEmpty() ? null : lead.unitIds().get(0);
        List<Long> others = new ArrayList<>();
        coordinators.unitIds().stream().filter(id -> !id.equals(leadId)).forEach(others::add);
        Confidence confidence = leadId == null || deadline == null ? Confidence.LOW : Confidence.MEDIUM;
        return new DraftTask(area, code, title.replaceAll("[,;:]$", ""), null, leadText, leadId, coordinatorsText,
                others, lead.allOthers() || coordinators.allOthers(), deadline, null, item.span(), confidence);
    }

    /** "hoàn thành trong quý II/2026" → "trong quý II/2026"; "thực hiện thường xuyên" → "thường xuyên". */
    private static String deadline(String clause) {
        Matcher verb = VERB.matcher(SearchText.fold(clause));
        String phrase = verb.find() ? clause.substring(verb.end()) : clause;
        phrase = phrase.strip().replaceAll("[.;]$", "").strip();
        return phrase.isEmpty() ? null : phrase;
    }
}
