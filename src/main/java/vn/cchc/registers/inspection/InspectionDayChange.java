package vn.cchc.registers.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Correcting the day of an inspection that already has findings (issue 18, editing): the new day follows the
 * creation rule (not after today), and every finding must stay valid on it. A finding's deadline phrase is read again
 * for the new day (a phrase without a year takes the new day's year), so its due date follows the inspection; the
 * day is refused when a phrase no longer names one day, when a due date would fall before the new day, or when a fix
 * is dated before it. The user corrects the finding (or its fix) first, then the day.
 */
final class InspectionDayChange {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InspectionDayChange() {
    }

    /** A finding as it would be on the new day: its phrase, the day it now reads to (null: none), its fix day. */
    record FindingOnNewDay(String phrase, LocalDate dueOn, LocalDate fixedOn) {
    }

    /** Why the new day is refused: a message key and its arguments. */
    record Refusal(String messageKey, Object... args) {
    }

    static List<Refusal> refusals(LocalDate newDay, LocalDate today, List<FindingOnNewDay> findings) {
        List<Refusal> refusals = new ArrayList<>();
        if (newDay.isAfter(today)) {
            refusals.add(new Refusal("registers.inspection.inspectedOn.future"));
        }
        for (FindingOnNewDay f : findings) {
            if (f.dueOn() == null) {
                refusals.add(new Refusal("registers.inspection.edit.deadlineUnreadable", f.phrase()));
            } else if (f.dueOn().isBefore(newDay)) {
                refusals.add(new Refusal("registers.inspection.edit.deadlineBefore", f.phrase(),
                        DAY.format(f.dueOn())));
            }
            if (f.fixedOn() != null && f.fixedOn().isBefore(newDay)) {
                refusals.add(new Refusal("registers.inspection.edit.fixedBefore", DAY.format(f.fixedOn())));
            }
        }
        return refusals;
    }
}
