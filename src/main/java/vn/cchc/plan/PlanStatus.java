package vn.cchc.plan;

/** Draft → issued (with its decision) → closed. A closed plan is read-only. */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED;

    public boolean editable() {
        return this != CLOSED;
    }
}
