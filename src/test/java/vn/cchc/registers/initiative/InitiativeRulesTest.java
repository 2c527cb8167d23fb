package vn.cchc.registers.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.shared.InvalidInput;

class InitiativeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** proposed | applied | recognised | body | decision → the refused field and message, or "ok". */
    @ParameterizedTest(name = "{0} {1} {2} {3} {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            "2026-01-10, -,          -,          -,        -,        ok",
            "2026-01-10, 2026-01-10, -,          -,        -,        ok",
            "2026-01-10, 2026-02-01, 2026-03-01, UBND xã,  12/QĐ,    ok",
            "2026-01-10, -,          2026-01-10, UBND xã,  12/QĐ,    ok",
            "2026-01-10, 2026-01-09, -,          -,        -,        appliedOn:registers.initiative.appliedBeforeProposed",
            "2026-01-10, -,          2026-01-09, UBND xã,  12/QĐ,    recognisedOn:registers.initiative.recognisedBeforeProposed",
            "2026-01-10, 2026-02-01, 2026-01-20, UBND xã,  12/QĐ,    recognisedOn:registers.initiative.recognisedBeforeApplied",
            "2026-01-10, 2026-02-01, 2026-03-01, UBND xã,  -,        decisionNumber:registers.initiative.recognitionTogether",
            "2026-01-10, 2026-02-01, -,          UBND xã,  12/QĐ,    recognisedOn:registers.initiative.recognitionTogether",
            "2026-01-10, 2026-02-01, 2026-03-01, -,        12/QĐ,    recognisedBy:registers.initiative.recognitionTogether",
            "2026-06-16, -,          -,          -,        -,        proposedOn:registers.date.future",
            "2026-06-15, 2026-06-16, -,          -,        -,        appliedOn:registers.date.future",
            "-,          -,          -,          -,        -,        proposedOn:validation.required"})
    void datesGoForwardNotIntoTheFutureAndRecognitionIsWhole(LocalDate proposed, LocalDate applied, LocalDate recognised,
                                                             String body, String decision, String expected) {
        InitiativeForm f = new InitiativeForm();
        f.setTitle("Mô hình một cửa số");
        f.setUnitId(1L);
        f.setProposedOn(proposed);
        f.setAppliedOn(applied);
        f.setRecognisedOn(recognised);
        f.setRecognisedBy(body);
        f.setDecisionNumber(decision);
        assertThat(problems(f)).containsExactlyElementsOf(expected.equals("ok") ? List.of() : List.of(expected));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, title:validation.required", "'  ', title:validation.required"})
    void aTitleIsRequired(String title, String expected) {
        InitiativeForm f = new InitiativeForm();
        f.setTitle(title);
        f.setUnitId(1L);
        f.setProposedOn(TODAY);
        assertThat(problems(f)).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void stageFollowsTheLatestStep() {
        Initiative proposed = new Initiative(1, 1, 1, "P", "T", null, null, TODAY, null, null, null, null);
        Initiative applied = new Initiative(1, 1, 1, "P", "T", null, null, TODAY, TODAY, null, null, null);
        Initiative recognised = new Initiative(1, 1, 1, "P", "T", null, null, TODAY, null, TODAY, "UBND", "1/QĐ");
        assertThat(List.of(proposed.stage(), applied.stage(), recognised.stage())).containsExactly(
                Initiative.Stage.PROPOSED, Initiative.Stage.APPLIED, Initiative.Stage.RECOGNISED);
    }

    private static List<String> problems(InitiativeForm f) {
        InvalidInput.Collector c = new InvalidInput.Collector();
        InitiativeRules.check(f, TODAY, c);
        List<String> out = new ArrayList<>();
        try {
            c.throwIfAny();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> out.add(p.field() + ":" + p.messageKey()));
        }
        return out;
    }
}
