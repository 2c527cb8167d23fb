package vn.cchc.registers.inspection;

import java.time.LocalDate;

/** A finding of an inspection and its remediation: the deadline as typed, the due date it was read into, the fix. */
public record Finding(long id, long communeId, long recordId, long unitId, String content, String deadlinePhrase,
                      LocalDate dueOn, FindingStatus status, LocalDate fixedOn, String fixNote,
                      LocalDate inspectedOn) {

    public boolean fixed() {
        return status == FindingStatus.FIXED;
    }

    /** Open past its due date on the given day. */
    public boolean overdueOn(LocalDate day) {
        return !fixed() && dueOn.isBefore(day);
    }

    /** Fixed, but after its due date. */
    public boolean fixedLate() {
        return fixed() && fixedOn.isAfter(dueOn);
    }
}
