package vn.cchc.registers.inspection;

import java.time.LocalDate;

/** An inspection held: the unit, the day, the inspectors and the conclusion. */
public record InspectionRecord(long id, long communeId, long unitId, Long planEntryId, LocalDate inspectedOn,
                               String inspectors, String conclusion) {
}
