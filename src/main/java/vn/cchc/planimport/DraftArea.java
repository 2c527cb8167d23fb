package vn.cchc.planimport;

/** A reform area heading found in the document, mapped to one of the eight reform areas (I–VIII). */
public record DraftArea(String areaCode, String heading, LineSpan span) {
}
