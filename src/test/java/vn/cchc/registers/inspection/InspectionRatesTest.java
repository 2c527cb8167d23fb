package vn.cchc.registers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.registers.inspection.InspectionRates.Finding;
import vn.cchc.registers.inspection.InspectionRates.Visit;
import vn.cchc.shared.Ratio;

/**
 * Hand-computed coverage and remediation. Units 1–4 are active, 5 is not. Visits: unit 1 on 10/02 and 05/05/2026,
 * unit 2 on 20/05/2026, unit 5 on 01/03/2026, unit 3 on 10/11/2025. Findings (today 15/12/2026): A due 31/03 fixed
 * 20/03 (on time); B due 30/06 fixed 10/07 (late); C due 30/06 open; D due 31/12/2025 open; E due 31/03/2027 open;
 * G due 30/09/2025 fixed 15/01/2026 (late, before 2026's first quarter ended).
 */
class InspectionRatesTest {

    private static final Set<Long> ACTIVE = Set.of(1L, 2L, 3L, 4L);
    private static final List<Visit> VISITS = List.of(visit(1, "2026-02-10"), visit(1, "2026-05-05"),
            visit(2, "2026-05-20"), visit(5, "2026-03-01"), visit(3, "2025-11-10"));
    private static final List<Finding> FINDINGS = List.of(finding("2026-03-31", "2026-03-20"),
            finding("2026-06-30", "2026-07-10"), finding("2026-06-30", null), finding("2025-12-31", null),
            finding("2027-03-31", null), finding("2025-09-30", "2026-01-15"));
    private static final LocalDate TODAY = LocalDate.parse("2026-12-15");

    @ParameterizedTest(name = "{0}–{1}: {2}/{3}")
    @CsvSource({
            // the year: units 1 and 2 (unit 5 is inactive, its visit counts nowhere)
            "2026-01-01, 2026-12-31, 2, 4",
            // the first quarter: unit 1 only
            "2026-01-01, 2026-03-31, 1, 4",
            // the second quarter: unit 1 (twice, once counted) and unit 2
            "2026-04-01, 2026-06-30, 2, 4",
            "2026-07-01, 2026-09-30, 0, 4",
            "2025-01-01, 2025-12-31, 1, 4"})
    void coverageCountsEachActiveUnitInspectedInThePeriodOnce(LocalDate from, LocalDate to, long part, long whole) {
        assertThat(InspectionRates.coverage(ACTIVE, VISITS, from, to)).isEqualTo(new Ratio(part, whole));
    }

    @ParameterizedTest(name = "{0}–{1}: {2}/{3}")
    @CsvSource({
            // A, B, C due inside (up to today), D overdue and open; E not yet due; G fixed (late) within the year
            "2026-01-01, 2026-12-31, 1, 4",
            // A inside and on time; D overdue; G was still open on 31/12/2025 but fixed by 31/03 so not counted
            "2026-01-01, 2026-03-31, 1, 2",
            // B late, C open, D overdue; A fixed before the quarter so not counted
            "2026-04-01, 2026-06-30, 0, 3",
            // nothing falls due; C and D still overdue at the end (B was fixed, late, within the quarter)
            "2026-07-01, 2026-09-30, 0, 2",
            // 2025: G (fixed only in 2026, so not by the year's end) and D, neither on time
            "2025-01-01, 2025-12-31, 0, 2",
            // a period not yet begun: nothing is judged
            "2027-01-01, 2027-03-31, 0, 0"})
    void remediationJudgesFindingsDueOrStillOverdueAtThePeriodsEnd(LocalDate from, LocalDate to, long part,
                                                                   long whole) {
        assertThat(InspectionRates.remediation(FINDINGS, from, to, TODAY)).isEqualTo(new Ratio(part, whole));
    }

    @ParameterizedTest(name = "fixed {0} counts by the period end {1}: {2}")
    @CsvSource({"2026-03-31, 2026-03-31, 100.00", "2026-04-01, 2026-03-31, 0.00"})
    void aFixOnTheDueDayIsOnTimeAndADayLaterIsNot(LocalDate fixedOn, LocalDate to, BigDecimal percent) {
        Finding f = new Finding(LocalDate.parse("2026-03-31"), fixedOn);
        assertThat(InspectionRates.remediation(List.of(f), LocalDate.parse("2026-01-01"), to, TODAY).percent())
                .isEqualByComparingTo(percent);
    }

    private static Visit visit(long unit, String on) {
        return new Visit(unit, LocalDate.parse(on));
    }

    private static Finding finding(String due, String fixed) {
        return new Finding(LocalDate.parse(due), fixed == null ? null : LocalDate.parse(fixed));
    }
}
