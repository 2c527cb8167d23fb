package vn.cchc.registers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.registers.inspection.InspectionDayChange.FindingOnNewDay;

/**
 * Moving an inspection's day, today 15/12/2026. Each row: the new day, one finding as it reads on that day (its
 * due date, empty when the phrase names no day any more; its fix day, empty when open), and the message keys of the
 * refusals, in order ("-" for none).
 */
class InspectionDayChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);

    @ParameterizedTest(name = "{0}, due {1}, fixed {2}: {3}")
    @CsvSource({
            // an open finding due after the new day; due on the new day itself is still allowed
            "2026-03-01, 2026-06-30,           , -",
            "2026-06-30, 2026-06-30,           , -",
            // fixed on the new day, or after it
            "2026-03-01, 2026-06-30, 2026-03-01, -",
            // today is allowed, tomorrow is the future
            "2026-12-15, 2026-12-31,           , -",
            "2026-12-16, 2026-12-31,           , registers.inspection.inspectedOn.future",
            // the due date would fall a day before the new day
            "2026-07-01, 2026-06-30,           , registers.inspection.edit.deadlineBefore",
            // the phrase names no single day any more
            "2026-03-01,           ,           , registers.inspection.edit.deadlineUnreadable",
            // a fix a day before the new day
            "2026-03-02, 2026-06-30, 2026-03-01, registers.inspection.edit.fixedBefore",
            // everything at once: future, due before, fixed before
            "2027-01-10, 2026-12-31, 2026-12-01, registers.inspection.inspectedOn.future registers.inspection.edit.deadlineBefore registers.inspection.edit.fixedBefore"})
    void theNewDayIsRefusedWhenAFindingWouldBeDueOrFixedBeforeIt(LocalDate newDay, LocalDate due, LocalDate fixed,
                                                               String keys) {
        List<String> refused = InspectionDayChange.refusals(newDay, TODAY,
                        List.of(new FindingOnNewDay("Quý II", due, fixed))).stream()
                .map(InspectionDayChange.Refusal::messageKey).toList();
        assertThat(refused).isEqualTo(keys.equals("-") ? List.of() : List.of(keys.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-03-01, 0", "2026-05-01, 1", "2026-07-01, 2"})
    void eachFindingIsJudgedOnItsOwn(LocalDate newDay, int refusals) {
        // one due 30/04, one due 30/06: the first falls before 01/05, both before 01/07
        List<FindingOnNewDay> findings = List.of(new FindingOnNewDay("Tháng 4", LocalDate.of(2026, 4, 30), null),
                new FindingOnNewDay("Tháng 6", LocalDate.of(2026, 6, 30), null));
        assertThat(InspectionDayChange.refusals(newDay, TODAY, findings)).hasSize(refusals);
    }

    @Test
    void theRefusalNamesThePhraseAndTheDay() {
        var r = InspectionDayChange.refusals(LocalDate.of(2026, 7, 1), TODAY,
                List.of(new FindingOnNewDay("Tháng 6", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 20))));
        assertThat(r).extracting(InspectionDayChange.Refusal::args)
                .containsExactly(new Object[] {"Tháng 6", "30/06/2026"}, new Object[] {"20/06/2026"});
    }
}
