package vn.cchc.registers.dialogue;

import java.time.LocalDate;

/** A dialogue with citizens or a PAR conference, with what was raised, answered and left to do. */
public record Dialogue(long id, long communeId, LocalDate heldOn, Kind kind, String title, String chair,
                       String participants, String issues, String answers, String followUp, Long followUpUnitId,
                       String followUpUnitName, LocalDate followUpDue) {

    public enum Kind {
        DIALOGUE, CONFERENCE
    }
}
