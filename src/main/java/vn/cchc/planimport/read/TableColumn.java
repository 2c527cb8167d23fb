package vn.cchc.planimport.read;

/** What an appendix table column holds, recognised from its header words. */
enum TableColumn {
    NUMBER, TITLE, PRODUCT, DEADLINE, LEAD, COORDINATORS, ASSIGNMENT, INDICATOR, THRESHOLD, RESPONSIBLE, EXECUTING,
    NOTE, UNKNOWN;

    boolean holdsUnits() {
        return this == LEAD || this == COORDINATORS || this == RESPONSIBLE || this == EXECUTING;
    }
}
