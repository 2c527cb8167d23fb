package vn.cchc.progress;

/** A unit report's place in the review loop: draft → submitted → accepted, or returned → resubmitted. */
public enum ReportState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The unit may still edit it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
