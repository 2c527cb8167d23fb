package vn.cchc.progress;

/** What a unit states about one task occurrence in its report. */
public enum ItemStatus {
    /** chưa thực hiện */
    NOT_STARTED,
    /** đang thực hiện */
    IN_PROGRESS,
    /** hoàn thành */
    DONE,
    /** hoàn thành trễ hạn */
    DONE_LATE,
    /** không thực hiện (with a reason) */
    NOT_DONE;

    public boolean done() {
        return this == DONE || this == DONE_LATE;
    }
}
