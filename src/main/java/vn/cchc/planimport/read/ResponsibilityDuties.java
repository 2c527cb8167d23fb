package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftTask;
import vn.cchc.shared.SearchText;

/**
 * Duties per unit in the "Tổ chức thực hiện" section: a numbered line that is a unit's name ("1. Phòng Văn hóa –
 * Xã hội", "2. Văn phòng HĐND&UBND xã, Trung tâm Phục vụ hành chính công", "3. Các phòng chuyên môn") followed by
 * "- duty" items, or by one paragraph, or "1. Phòng …: duty" on one line. Each duty is a task led by the first unit
 * named (the others coordinate), with a deadline only where the duty states one ("trước ngày 30/11/2025"). When
 * the document already lists its tasks, the duties are offered (LOW, unchecked on the review page).
 */
final class ResponsibilityDuties {

    /** A unit's heading is a name, not a sentence: "3. Phòng văn hoá – Xã hội phường là cơ quan tham mưu …" is not. */
    private static final int MAX_HEADING_WORDS = 14;
    private static final Pattern UNIT_WORD = Pattern.compile("^(cac |phong|van phong|trung tam|cong an|ban |doi |to |"
            + "hoi |uy ban|dang uy|tram |truong |chi huy|ban chi huy|doan |mat tran|bo phan|ubmttq)");

    private ResponsibilityDuties() {
    }

    static List<DraftTask> find(Outline outline, ReadContext context, boolean offered) {
        List<DraftTask> tasks = new ArrayList<>();
        UnitMatcher units = context.unitMatcher();
        for (Outline.Section section : outline.sections()) {
            if (section.kind() == Outline.Kind.DUTIES) {
                read(section.items(), units, offered, tasks);
            }
        }
        return tasks;
    }

    private static void read(List<TextItem> items, UnitMatcher units, boolean offered, List<DraftTask> out) {
        String head = null;
        UnitMatch unit = null;
        boolean dashes = false;
        int count = 0;
        TextItem.Marker headMarker = null;
        for (int i = 0; i < items.size(); i++) {
            TextItem item = items.get(i);
            if (head != null && item.marker() == TextItem.Marker.LETTER && headMarker == TextItem.Marker.NUMBER
                    && !names(item, units)) {
                // "1. Văn phòng HĐND và UBND xã:" then "a) …;" "b) …": lettered duties, like dashed ones.
                dashes = true;
                out.add(duty(item, item.text(), head, unit, offered));
                count++;
            } else if (item.marker() == TextItem.Marker.NUMBER || item.marker() == TextItem.Marker.LETTER) {
                String text = item.text();
                int firstEnd = item.lineStarts().size() > 1 ? Math.max(0, item.lineStarts().get(1) - 1) : text.length();
                String firstLine = text.substring(0, firstEnd).strip();
                String rest = text.substring(firstEnd).strip();
                int colon = firstLine.indexOf(':');
                String name = colon > 0 ? firstLine.substring(0, colon).strip() : strip(firstLine);
                String inline = colon > 0 ? (firstLine.substring(colon + 1) + " " + rest).strip() : rest;
                // A first line that runs on in lower case is a wrapped sentence, not a unit's name.
                boolean wrapped = colon < 0 && !rest.isEmpty() && !Character.isUpperCase(rest.charAt(0));
                UnitMatch match = units.match(name);
                head = !wrapped && isUnitName(name, match) ? name : null;
                headMarker = item.marker();
                unit = head == null ? null : match;
                dashes = false;
                count = 0;
                if (head != null && !inline.isEmpty()) {
                    out.add(duty(item, inline, head, unit, offered));
                    count++;
                }
            } else if (head != null && item.marker() == TextItem.Marker.DASH && item.text().isBlank()) {
                dashes = true;
            } else if (head != null && item.marker() == TextItem.Marker.DASH) {
                dashes = true;
                out.add(duty(item, item.text(), head, unit, offered));
                count++;
            } else if (head != null && item.marker() == TextItem.Marker.PARAGRAPH && !dashes && count == 0) {
                out.add(duty(item, item.text(), head, unit, offered));
                count++;
            } else {
                head = null;
            }
        }
    }

    /** True when a lettered item is itself a unit's heading ("a) Công an xã: …"), not a duty of the unit above. */
    private static boolean names(TextItem item, UnitMatcher units) {
        String text = item.text();
        int colon = text.indexOf(':');
        String name = colon > 0 ? text.substring(0, colon).strip() : strip(text.strip());
        UnitMatch match = units.match(name);
        return (!match.unitIds().isEmpty() || match.allOthers()) && match.unmatched().isEmpty()
                && name.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private static boolean isUnitName(String name, UnitMatch match) {
        if (name.isEmpty() || name.split("\\s+").length > MAX_HEADING_WORDS) {
            return false;
        }
        boolean named = (!match.unitIds().isEmpty() || match.allOthers()) && match.unmatched().isEmpty();
        return named || UNIT_WORD.matcher(SearchText.key(name)).find();
    }

    private static DraftTask duty(TextItem item, String text, String head, UnitMatch unit, boolean offered) {
        int[] range = Clauses.trim(text, 0, text.length());
        String title = range == null ? text.strip() : text.substring(range[0], range[1]);
        Long lead = unit.unitIds().isEmpty() ? null : unit.unitIds().get(0);
        List<Long> others = unit.unitIds().size() > 1 ? unit.unitIds().subList(1, unit.unitIds().size()) : List.of();
        String deadline = DeadlineWords.find(title);
        Confidence confidence = offered || lead == null && !unit.allOthers() ? Confidence.LOW : Confidence.MEDIUM;
        return new DraftTask(AreaNames.guess(title), null, title, null, head, lead, null, others, unit.allOthers(),
                deadline, null, item.span(), confidence, offered);
    }

    private static String strip(String text) {
        return text.endsWith(".") || text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
