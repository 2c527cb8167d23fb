package vn.cchc.planimport.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftTask;

/**
 * A task must have one lead unit, but plans often give a task to everyone ("Các cơ quan, đơn vị triển khai thực
 * hiện", "CBCC phường thực hiện") or name no unit at all. For such a task the reader suggests the unit whose
 * standard role covers the task's reform area (data: {@code planimport/area-lead-kinds.tsv}); the written lead text
 * stays as the document has it (or empty), and the task drops to LOW confidence so the reviewer confirms it.
 */
final class LeadSuggestions {

    private static final Map<String, String> KIND_BY_AREA = load();

    private LeadSuggestions() {
    }

    static List<DraftTask> apply(List<DraftTask> tasks, ReadContext context) {
        UnitMatcher units = context.unitMatcher();
        return tasks.stream().map(t -> suggest(t, context.units(), units)).toList();
    }

    private static DraftTask suggest(DraftTask task, List<UnitName> units, UnitMatcher matcher) {
        UnitMatch lead = task.leadText() == null ? null : matcher.match(task.leadText());
        // given to everyone: no lead written, "các cơ quan, đơn vị" as lead, or a body outside the commune beside it
        boolean namesNoUnit = lead == null || task.leadText().isBlank() || lead.allOthers()
                || task.allOtherUnits() && lead.unitIds().isEmpty();
        if (task.leadUnitId() != null || task.areaCode() == null || !namesNoUnit) {
            return task;
        }
        UnitMatch written = lead;
        return unitFor(task.areaCode(), units).map(unit -> new DraftTask(task.areaCode(), task.code(), task.title(),
                task.product(), task.leadText(), unit.id(), task.coordinatorsText(), task.coordinatorUnitIds(),
                task.allOtherUnits() || written != null && written.allOthers(), task.deadlinePhrase(), task.assignmentNote(),
                task.span(), Confidence.LOW, task.offered(), true)).orElse(task);
    }

    static Optional<UnitName> unitFor(String areaCode, List<UnitName> units) {
        String kind = KIND_BY_AREA.get(areaCode);
        Optional<UnitName> standing = units.stream().filter(UnitName::standingAgency).findFirst();
        if (kind == null || kind.equals("STANDING")) {
            return standing;
        }
        return units.stream().filter(u -> u.kind().name().equals(kind)).findFirst().or(() -> standing);
    }

    private static Map<String, String> load() {
        Map<String, String> kinds = new HashMap<>();
        DataFiles.rows("/planimport/area-lead-kinds.tsv").forEach(cols -> kinds.put(cols[0].strip(), cols[1].strip()));
        return Map.copyOf(kinds);
    }
}
