package vn.cchc.pakn;

/** Where a PAKN item came in: the national or provincial PAKN system, the counter, the hotline, a letter. */
public enum PaknChannel {
    NATIONAL, PROVINCE, COUNTER, HOTLINE, LETTER
}
