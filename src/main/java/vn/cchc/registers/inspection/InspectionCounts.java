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
                c[2] += fixedBy(f, end) ? 1 : 0;
                c[3] += overdueAt(f, end) ? 1 : 0;
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .map(e -> new UnitCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3]))
                .toList();
    }

    /** The commune's counts over the period: every unit's counts summed. */
    public record Totals(long inspections, long findings, long fixed, long fixedOnTime, long overdue) {
    }

    /**
     * The commune's counts over the period, judged like {@link #perUnit} (inspections held in it, findings they made,
     * of these fixed by its end or today, open past due on that day), plus the fixes made by their due date.
     */
    public static Totals total(Collection<InspectionRates.Visit> visits, Collection<Finding> findings, LocalDate from,
                               LocalDate to, LocalDate today) {
        LocalDate end = today.isBefore(to) ? today : to;
        long inspections = visits.stream().filter(v -> inside(v.on(), from, to)).count();
        List<Finding> made = findings.stream().filter(f -> inside(f.inspectedOn(), from, to)).toList();
        return new Totals(inspections, made.size(), made.stream().filter(f -> fixedBy(f, end)).count(),
                made.stream().filter(f -> fixedBy(f, end) && !f.fixedLate()).count(),
                made.stream().filter(f -> overdueAt(f, end)).count());
    }

    /** A fix dated after the day judged is not yet a fix. */
    private static boolean fixedBy(Finding f, LocalDate end) {
        return f.fixed() && !f.fixedOn().isAfter(end);
    }

    private static boolean overdueAt(Finding f, LocalDate end) {
        return !fixedBy(f, end) && f.dueOn().isBefore(end);
    }

    private static boolean inside(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
