package vn.cchc.registers.inspection;

/** A finding is open until the inspected unit (or the standing agency) records its fix. */
public enum FindingStatus {
    OPEN, FIXED
}
