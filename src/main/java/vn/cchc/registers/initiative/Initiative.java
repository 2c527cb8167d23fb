package vn.cchc.registers.initiative;

import java.time.LocalDate;

/** An initiative (sáng kiến, mô hình mới) of a unit, as stored. */
public record Initiative(long id, long communeId, long unitId, String unitName, String title, String authors,
                         String summary, LocalDate proposedOn, LocalDate appliedOn, LocalDate recognisedOn,
                         String recognisedBy, String decisionNumber) {

    /** Where it stands: recognised once a body decided so, applied once put to use, else proposed. */
    public Stage stage() {
        return recognisedOn != null ? Stage.RECOGNISED : appliedOn != null ? Stage.APPLIED : Stage.PROPOSED;
    }

    public enum Stage {
        PROPOSED, APPLIED, RECOGNISED
    }
}
