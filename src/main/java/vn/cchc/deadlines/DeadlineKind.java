package vn.cchc.deadlines;

/** What falls due on a day; each has its label in the message bundles ({@code deadlines.kind.*}). */
public enum DeadlineKind {
    /** An occurrence of a plan task, for its lead or a coordinating unit. */
    TASK,
    /** Units' periodic report on a plan to the standing agency. */
    UNIT_REPORT,
    /** The commune's periodic CCHC report to the province (581/BNV-CCHC). */
    COMMUNE_REPORT,
    /** The PAR Index self-assessment of a period. */
    PAR_SELF_ASSESSMENT,
    /** Explanations the province's appraiser asked for. */
    PAR_EXPLANATION,
    /** The answer to a feedback or petition (PAKN). */
    PAKN,
    /** Fixing a finding of an internal PAR inspection, for the unit that must fix it. */
    REMEDIATION;

    public String key() {
        return "deadlines.kind." + name();
    }
}
