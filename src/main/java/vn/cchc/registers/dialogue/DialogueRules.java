package vn.cchc.registers.dialogue;

import java.time.LocalDate;
import vn.cchc.shared.InvalidInput;

/**
 * A dialogue is recorded once held: its date not after today, a subject, a kind and a chair; a follow-up task that
 * names a unit or a due date says what is to be done, and is not due before the dialogue was held.
 */
final class DialogueRules {

    private static final int MAX_SHORT = 300;
    private static final int MAX_TEXT = 8000;

    private DialogueRules() {
    }

    static void check(DialogueForm f, LocalDate today, InvalidInput.Collector problems) {
        if (f.getHeldOn() == null) {
            problems.add("heldOn", "validation.required");
        } else if (f.getHeldOn().isAfter(today)) {
            problems.add("heldOn", "registers.date.future");
        }
        if (f.getKind() == null) {
            problems.add("kind", "validation.required");
        }
        text(f.getTitle(), "title", MAX_SHORT, true, problems);
        text(f.getChair(), "chair", MAX_SHORT, true, problems);
        text(f.getParticipants(), "participants", MAX_TEXT, false, problems);
        text(f.getIssues(), "issues", MAX_TEXT, false, problems);
        text(f.getAnswers(), "answers", MAX_TEXT, false, problems);
        text(f.getFollowUp(), "followUp", MAX_TEXT, false, problems);
        if (blank(f.getFollowUp()) && (f.getFollowUpUnitId() != null || f.getFollowUpDue() != null)) {
            problems.add("followUp", "registers.dialogue.followUpNeedsText");
        }
        if (f.getFollowUpDue() != null && f.getHeldOn() != null && f.getFollowUpDue().isBefore(f.getHeldOn())) {
            problems.add("followUpDue", "registers.dialogue.dueBeforeHeld");
        }
    }

    private static void text(String value, String field, int max, boolean required, InvalidInput.Collector problems) {
        if (blank(value)) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            problems.add(field, "validation.tooLong", max);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
