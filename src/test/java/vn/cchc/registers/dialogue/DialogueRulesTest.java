package vn.cchc.registers.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.shared.InvalidInput;

class DialogueRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    /** held | chair | follow-up | unit | due → the refused field and message, or "ok". */
    @ParameterizedTest(name = "{0} {1} {2} {3} {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            "2026-05-20, Chủ tịch, -,            -, -,          ok",
            "2026-04-10, Chủ tịch, Mở thêm quầy, 3, 2026-04-10, ok",
            "2026-05-21, Chủ tịch, -,            -, -,          heldOn:registers.date.future",
            "-,          Chủ tịch, -,            -, -,          heldOn:validation.required",
            "2026-04-10, -,        -,            -, -,          chair:validation.required",
            "2026-04-10, Chủ tịch, -,            3, -,          followUp:registers.dialogue.followUpNeedsText",
            "2026-04-10, Chủ tịch, Mở thêm quầy, 3, 2026-04-09, followUpDue:registers.dialogue.dueBeforeHeld"})
    void aHeldDialogueHasItsChairAndAFollowUpSaysWhatIsToBeDone(LocalDate held, String chair, String followUp,
                                                               Long unit, LocalDate due, String expected) {
        DialogueForm f = new DialogueForm();
        f.setTitle("Đối thoại quý II");
        f.setHeldOn(held);
        f.setChair(chair);
        f.setFollowUp(followUp);
        f.setFollowUpUnitId(unit);
        f.setFollowUpDue(due);
        InvalidInput.Collector c = new InvalidInput.Collector();
        DialogueRules.check(f, TODAY, c);
        List<String> problems = new ArrayList<>();
        try {
            c.throwIfAny();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problems.add(p.field() + ":" + p.messageKey()));
        }
        assertThat(problems).containsExactlyElementsOf(expected.equals("ok") ? List.of() : List.of(expected));
    }
}
