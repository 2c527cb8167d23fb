package vn.cchc.org;

/** A province or centrally-governed city with its official code (2 digits). */
public record Province(long id, String code, String name) {
}
