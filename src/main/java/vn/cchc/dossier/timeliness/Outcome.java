package vn.cchc.dossier.timeliness;

/** How a finished dossier ended against its due time: before the due day, on the due day in time, or late. */
public enum Outcome {
    EARLY, ON_TIME, LATE;

    public int code() {
        return ordinal() + 1;
    }
}
