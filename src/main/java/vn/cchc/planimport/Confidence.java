package vn.cchc.planimport;

/**
 * How sure the reader is of an item: HIGH when every field came from a labelled place (a table column, "Cơ quan
 * chủ trì: …"), MEDIUM when a field was inferred from position or a fuzzy unit match, LOW when a required field is
 * missing or a guess; the review page asks the user to check MEDIUM and LOW items.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
