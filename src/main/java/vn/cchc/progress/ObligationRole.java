package vn.cchc.progress;

/** A unit answers for a task as its lead (chủ trì) or as a coordinating unit (phối hợp). */
public enum ObligationRole {
    LEAD, COORDINATOR
}
