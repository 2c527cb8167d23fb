package vn.cchc.search;

/** The kinds of results, in the order the page shows them. */
public enum SearchKind {
    TASK, TARGET, UNIT_REPORT, PERIODIC_REPORT, EVIDENCE, DOSSIER, PAKN
}
