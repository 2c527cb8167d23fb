package vn.cchc.plan;

/**
 * A task's or an occurrence's state as of a date, never stored: {@link TaskTimeliness} computes it from the
 * deadline rule, the completions its reports stated (once accepted) and today.
 */
public enum TaskStatus {
    OVERDUE, DUE_SOON, UPCOMING, ONGOING, AWAITING, EVENT_DRIVEN, DONE_ON_TIME, DONE_LATE;

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
