package vn.cchc.registers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.registers.inspection.InspectionCounts.UnitCounts;
import vn.cchc.registers.inspection.InspectionRates.Visit;

/**
 * Units 1, 2, 3 (in that order). Unit 1 inspected 10/02 and 05/05/2026, unit 2 on 20/05/2026, unit 3 on 10/11/2025.
 * Findings: A (unit 1, from 10/02, due 31/03, fixed 20/03), B (unit 1, from 05/05, due 30/06, fixed 10/07), C (unit 2,
 * found at unit 1's inspection of 05/05, due 30/06, open), D (unit 3, from 2025, due 31/12/2025, open). Today 15/12/2026.
 */
class InspectionCountsTest {

    private static final List<Visit> VISITS = List.of(new Visit(1, day("2026-02-10")), new Visit(1, day("2026-05-05")),
            new Visit(2, day("2026-05-20")), new Visit(3, day("2025-11-10")));
    private static final List<Finding> FINDINGS = List.of(finding(1, "2026-02-10", "2026-03-31", "2026-03-20"),
            finding(1, "2026-05-05", "2026-06-30", "2026-07-10"), finding(2, "2026-05-05", "2026-06-30", null),
            finding(3, "2025-11-10", "2025-12-31", null));
    private static final LocalDate TODAY = day("2026-12-15");

    @Test
    void theYearCountsInspectionsAndTheFindingsItsInspectionsMadePerUnitThatMustFixThem() {
        assertThat(InspectionCounts.perUnit(List.of(1L, 2L, 3L), VISITS, FINDINGS, day("2026-01-01"),
                day("2026-12-31"), TODAY))
                .containsExactly(new UnitCounts(1, 2, 2, 2, 0), new UnitCounts(2, 1, 1, 0, 1));
    }

    @Test
    void aQuarterJudgesFixesAndOverdueAtItsEnd() {
        // B fixed only on 10/07 and C due on the quarter's last day: neither fixed nor yet overdue on 30/06
        assertThat(InspectionCounts.perUnit(List.of(1L, 2L, 3L), VISITS, FINDINGS, day("2026-04-01"),
                day("2026-06-30"), TODAY))
                .containsExactly(new UnitCounts(1, 1, 1, 0, 0), new UnitCounts(2, 1, 1, 0, 0));
        assertThat(InspectionCounts.perUnit(List.of(1L, 2L, 3L), VISITS, FINDINGS, day("2025-01-01"),
                day("2025-12-31"), TODAY))
                .containsExactly(new UnitCounts(3, 1, 1, 0, 0));
    }

    @Test
    void theCommuneTotalSumsTheUnitsAndCountsTheFixesMadeByTheirDueDate() {
        // 2026: inspections on 10/02, 05/05, 20/05; findings A, B, C; A fixed on time, B late, C open past due
        assertThat(InspectionCounts.total(VISITS, FINDINGS, day("2026-01-01"), day("2026-12-31"), TODAY))
                .isEqualTo(new InspectionCounts.Totals(3, 3, 2, 1, 1));
        // the year seen on 05/07/2026: B is not fixed yet (10/07), so B and C are overdue and only A is fixed
        assertThat(InspectionCounts.total(VISITS, FINDINGS, day("2026-01-01"), day("2026-12-31"), day("2026-07-05")))
                .isEqualTo(new InspectionCounts.Totals(3, 3, 1, 1, 2));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Finding finding(long unit, String found, String due, String fixed) {
        return new Finding(0, 1, 0, unit, "x", "x", day(due), fixed == null ? FindingStatus.OPEN : FindingStatus.FIXED,
                fixed == null ? null : day(fixed), null, day(found));
    }
}
