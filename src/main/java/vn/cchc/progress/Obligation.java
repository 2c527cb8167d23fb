package vn.cchc.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    /** The units that owe anything, in order of first appearance: the units expected to report. */
    static java.util.Set<Long> reportingUnits(java.util.List<Obligation> obligations) {
        java.util.Set<Long> units = new java.util.LinkedHashSet<>();
        obligations.forEach(o -> units.add(o.unitId()));
        return units;
    }
}
