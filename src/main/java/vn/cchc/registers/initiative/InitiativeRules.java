package vn.cchc.registers.initiative;

import java.time.LocalDate;
import vn.cchc.shared.InvalidInput;

/**
 * The official order of an initiative's life: proposed, then applied, then recognised by a body's decision. Dates go
 * forward (applied on or after proposed; recognised on or after applied, or proposed when never applied), none lies
 * in the future, and a recognition names its date, its body and its decision number together or not at all.
 */
final class InitiativeRules {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 4000;
    static final int MAX_DECISION = 80;

    private InitiativeRules() {
    }

    /** Adds every problem of the form to the collector (the unit's existence is checked by the caller). */
    static void check(InitiativeForm f, LocalDate today, InvalidInput.Collector problems) {
        text(f.getTitle(), "title", MAX_TITLE, true, problems);
        text(f.getAuthors(), "authors", MAX_TEXT, false, problems);
        text(f.getSummary(), "summary", MAX_TEXT, false, problems);
        if (f.getUnitId() == null) {
            problems.add("unitId", "validation.required");
        }
        if (f.getProposedOn() == null) {
            problems.add("proposedOn", "validation.required");
        }
        notFuture(f.getProposedOn(), "proposedOn", today, problems);
        notFuture(f.getAppliedOn(), "appliedOn", today, problems);
        notFuture(f.getRecognisedOn(), "recognisedOn", today, problems);
        if (f.getAppliedOn() != null && f.getProposedOn() != null && f.getAppliedOn().isBefore(f.getProposedOn())) {
            problems.add("appliedOn", "registers.initiative.appliedBeforeProposed");
        }
        recognition(f, problems);
    }

    private static void recognition(InitiativeForm f, InvalidInput.Collector problems) {
        boolean date = f.getRecognisedOn() != null;
        boolean body = !blank(f.getRecognisedBy());
        boolean number = !blank(f.getDecisionNumber());
        if (date || body || number) {
            if (!date) {
                problems.add("recognisedOn", "registers.initiative.recognitionTogether");
            }
            if (!body) {
                problems.add("recognisedBy", "registers.initiative.recognitionTogether");
            }
            if (!number) {
                problems.add("decisionNumber", "registers.initiative.recognitionTogether");
            }
        }
        text(f.getRecognisedBy(), "recognisedBy", MAX_TITLE, false, problems);
        text(f.getDecisionNumber(), "decisionNumber", MAX_DECISION, false, problems);
        if (!date || problems.has("recognisedOn")) {
            return;
        }
        if (f.getAppliedOn() != null && f.getRecognisedOn().isBefore(f.getAppliedOn())) {
            problems.add("recognisedOn", "registers.initiative.recognisedBeforeApplied");
        } else if (f.getProposedOn() != null && f.getRecognisedOn().isBefore(f.getProposedOn())) {
            problems.add("recognisedOn", "registers.initiative.recognisedBeforeProposed");
        }
    }

    private static void notFuture(LocalDate d, String field, LocalDate today, InvalidInput.Collector problems) {
        if (d != null && d.isAfter(today)) {
            problems.add(field, "registers.date.future");
        }
    }

    static void text(String value, String field, int max, boolean required, InvalidInput.Collector problems) {
        if (blank(value)) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            problems.add(field, "validation.tooLong", max);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
