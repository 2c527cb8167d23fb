package vn.cchc.registers.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's counts per unit over a period, judged at its end (or today when it has not ended): inspections held
 * in the period; findings those inspections made for the unit; of these, fixed by that day; and open past their due
 * date on that day. A finding belongs to the unit that must fix it, which may differ from the unit inspected.
 */
public final class InspectionCounts {

    private InspectionCounts() {
    }

    public record UnitCounts(long unitId, long inspections, long findings, long fixed, long overdue) {
    }

    /** One row per unit that has an inspection or a finding in the period, in the order of the given unit ids. */
    public static List<UnitCounts> perUnit(List<Long> unitOrder, Collection<InspectionRates.Visit> visits,
                                           Collection<Finding> findings, LocalDate from, LocalDate to,
                                           LocalDate today) {
        LocalDate end = today.isBefore(to) ? today : to;
        Map<Long, long[]> counts = new LinkedHashMap<>();
        unitOrder.forEach(u -> counts.put(u, new long[4]));
        for (InspectionRates.Visit v : visits) {
            if (inside(v.on(), from, to)) {
                counts.computeIfAbsent(v.unitId(), u -> new long[4])[0]++;
            }
        }
        for (Finding f : findings) {
            if (inside(f.inspectedOn(), from, to)) {
                long[] c = counts.computeIfAbsent(f.unitId(), u -> new long[4]);
                c[1]++;
                boolean fixedByEnd = f.fixed() && !f.fixedOn().isAfter(end);
                c[2] += fixedByEnd ? 1 : 0;
                c[3] += !fixedByEnd && f.dueOn().isBefore(end) ? 1 : 0;
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .map(e -> new UnitCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3]))
                .toList();
    }

    private static boolean inside(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
