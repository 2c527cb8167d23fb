package vn.cchc.registers.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import vn.cchc.shared.Ratio;

/**
 * The two inspection figures (issue 18; the seed: "inspect at least 50–60% of units each year and fix every finding").
 * <ul>
 * <li><b>Coverage</b> over a period = the commune's active units with at least one inspection record dated within the
 * period (each unit once however many records) ÷ the commune's active units. Records of inactive units count in
 * neither; a commune without active units has no value.</li>
 * <li><b>Remediation rate</b> over a period, judged as at its end (or today, when the period has not ended) = of the
 * findings that count, those fixed on or before their due date. A finding counts when its due date falls within the
 * period up to that day, or when it fell due before the period and the finding was still not fixed on that day
 * (overdue at its end). Findings not yet due on that day are not judged; a fix dated after that day is not yet a
 * fix. A period not yet begun, or without a counted finding, has no value.</li>
 * </ul>
 */
public final class InspectionRates {

    private InspectionRates() {
    }

    /** An inspection record: the unit inspected and the day. */
    public record Visit(long unitId, LocalDate on) {
    }

    /** A finding: its due date and the day it was fixed (null while open). */
    public record Finding(LocalDate dueOn, LocalDate fixedOn) {
    }

    public static Ratio coverage(Set<Long> activeUnits, Collection<Visit> visits, LocalDate from, LocalDate to) {
        long inspected = visits.stream()
                .filter(v -> activeUnits.contains(v.unitId()) && !v.on().isBefore(from) && !v.on().isAfter(to))
                .map(Visit::unitId).distinct().count();
        return new Ratio(inspected, activeUnits.size());
    }

    public static Ratio remediation(Collection<Finding> findings, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = today.isBefore(to) ? today : to;
        if (end.isBefore(from)) {
            return new Ratio(0, 0);
        }
        long counted = 0;
        long onTime = 0;
        for (Finding f : findings) {
            boolean fixedByEnd = f.fixedOn() != null && !f.fixedOn().isAfter(end);
            boolean dueInside = !f.dueOn().isBefore(from) && !f.dueOn().isAfter(end);
            boolean overdueBefore = f.dueOn().isBefore(from) && !fixedByEnd;
            if (dueInside || overdueBefore) {
                counted++;
                if (fixedByEnd && !f.fixedOn().isAfter(f.dueOn())) {
                    onTime++;
                }
            }
        }
        return new Ratio(onTime, counted);
    }
}
