package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;

/**
 * Tasks written as inline forms: numbered items ("1.1. …") under an area heading, with "- Cơ quan chủ trì: …",
 * "- Cơ quan phối hợp: …", "- Thời gian thực hiện: …" lines on the item, or on the area heading for all its items
 * (the item's own line wins). In a section that uses such forms, a numbered item without any is still a task,
 * LOW, for the reviewer to complete. Paragraphs after an item and before its labels belong to its title.
 */
final class InlineTaskForms {

    private InlineTaskForms() {
    }

    static List<DraftTask> find(Outline outline, ReadContext context) {
        List<DraftTask> tasks = new ArrayList<>();
        UnitMatcher units = context.unitMatcher();
        for (Outline.Section section : outline.sections()) {
            if (section.kind() == Outline.Kind.TASKS || section.kind() == Outline.Kind.OTHER) {
                if (section.items().stream().anyMatch(i -> TaskLabels.read(i) != null)) {
                    read(section, units, tasks);
                }
            }
        }
        return tasks;
    }

    private static void read(Outline.Section section, UnitMatcher units, List<DraftTask> out) {
        String area = AreaNames.ofHeading(section.heading());
        Map<TaskLabels.Field, String> areaLabels = new EnumMap<>(TaskLabels.Field.class);
        Pending current = null;
        for (TextItem item : section.items()) {
            String heading = AreaNames.ofHeading(item);
            TaskLabels.Label label = TaskLabels.read(item);
            if (heading != null) {
                flush(current, units, out);
                current = null;
                area = heading;
                areaLabels = new EnumMap<>(TaskLabels.Field.class);
            } else if (label != null) {
                if (current == null) {
                    areaLabels.putIfAbsent(label.field(), label.value());
                } else {
                    current.labels.putIfAbsent(label.field(), label.value());
                    current.last = item.last();
                }
            } else if (item.marker() == TextItem.Marker.NUMBER || item.marker() == TextItem.Marker.LETTER) {
                flush(current, units, out);
                current = new Pending(item, area, areaLabels);
            } else if (current != null && current.labels.isEmpty()) {
                current.title.append(' ').append(item.text().strip());
                current.last = item.last();
            }
        }
        flush(current, units, out);
    }

    /** A numbered item being read: its title so far, its own labels and its area's. */
    private static final class Pending {
        final TextItem item;
        final String area;
        final Map<TaskLabels.Field, String> areaLabels;
        final Map<TaskLabels.Field, String> labels = new EnumMap<>(TaskLabels.Field.class);
        final StringBuilder title;
        int last;

        Pending(TextItem item, String area, Map<TaskLabels.Field, String> areaLabels) {
            this.item = item;
            this.area = area;
            this.areaLabels = areaLabels;
            this.title = new StringBuilder(item.text().strip());
            this.last = item.last();
        }

        String get(TaskLabels.Field field) {
            return labels.getOrDefault(field, areaLabels.get(field));
        }
    }

    private static void flush(Pending p, UnitMatcher units, List<DraftTask> out) {
        if (p == null || p.title.toString().isBlank()) {
            return;
        }
        String leadText = p.get(TaskLabels.Field.LEAD);
        String coordinatorsText = p.get(TaskLabels.Field.COORDINATORS);
        String deadline = p.get(TaskLabels.Field.DEADLINE);
        UnitMatch lead = units.match(leadText);
        UnitMatch coordinators = units.match(coordinatorsText);
        Long leadId = lead.unitIds().isEmpty() ? null : lead.unitIds().get(0);
        List<Long> others = new ArrayList<>(lead.unitIds().size() > 1 ? lead.unitIds().subList(1, lead.unitIds().size())
                : List.of());
        coordinators.unitIds().stream().filter(id -> !id.equals(leadId) && !others.contains(id)).forEach(others::add);
        int[] title = Clauses.trim(p.title.toString(), 0, p.title.length());
        Confidence confidence = leadId == null || deadline == null ? Confidence.LOW
                : lead.exact() && coordinators.exact() && p.labels.containsKey(TaskLabels.Field.LEAD)
                && p.labels.containsKey(TaskLabels.Field.DEADLINE) ? Confidence.HIGH : Confidence.MEDIUM;
        out.add(new DraftTask(p.area, p.item.label(), title == null ? p.title.toString().strip()
                : p.title.substring(title[0], title[1]), p.get(TaskLabels.Field.PRODUCT), leadText, leadId,
                coordinatorsText, others, lead.allOthers() || coordinators.allOthers(), deadline, null,
                new LineSpan(p.item.first(), p.last), confidence));
    }
}
