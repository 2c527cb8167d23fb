package vn.cchc.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.plan.TaskStatus;

/**
 * One concrete thing a unit owes: an occurrence of a task, as lead or coordinator, with its own due date (a
 * coordinator's input is due some working days before the lead's). {@code occurrenceDue} is the lead's due date
 * and identifies the occurrence; it is null for tasks waiting for an outside trigger or driven by events.
 */
public record Obligation(long taskId, String taskCode, String taskTitle, String areaCode, long unitId,
                         ObligationRole role, LocalDate occurrenceDue, LocalDate due, String label,
                         Integer requiredQuantity, TaskStatus status, Reported reported) {

    /** The latest accepted statement about this occurrence, or null. */
    public record Reported(ItemStatus status, Integer percent, BigDecimal quantity, LocalDate completedOn) {
    }

    public boolean open() {
        return !status.done();
    }

    /** Identifies an occurrence of a task (a report line, a statement about it) whoever owes it. */
    static String key(long taskId, LocalDate occurrenceDue) {
        return taskId + "@" + occurrenceDue;
    }

    /** One unit's obligations by occurrence. */
    static Map<String, Obligation> byKey(List<Obligation> owed) {
        Map<String, Obligation> result = new HashMap<>();
        owed.forEach(o -> result.put(key(o.taskId(), o.occurrenceDue()), o));
        return result;
    }

    /** The units that owe anything, in order of first appearance: the units expected to report. */
    static Set<Long> reportingUnits(List<Obligation> obligations) {
        Set<Long> units = new LinkedHashSet<>();
        obligations.forEach(o -> units.add(o.unitId()));
        return units;
    }
}
