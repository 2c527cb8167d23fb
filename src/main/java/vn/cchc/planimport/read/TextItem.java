package vn.cchc.planimport.read;

import java.util.List;
import vn.cchc.planimport.LineSpan;

/**
 * One item of a plan's prose: a heading, a numbered or dashed item, or a paragraph, with its wrapped lines joined
 * by single spaces. {@code label} is the number as written ("II", "2.1", "a"), null for dashes and paragraphs;
 * {@code lineStarts} are the offsets in {@code text} where each source line begins, so a part of the text can be
 * traced back to its lines.
 */
record TextItem(Marker marker, String label, String text, int first, int last, List<Integer> lineStarts) {

    enum Marker {
        ROMAN, NUMBER, LETTER, DASH, PARAGRAPH
    }

    TextItem {
        lineStarts = List.copyOf(lineStarts);
    }

    LineSpan span() {
        return new LineSpan(first, last);
    }

    /** The source lines holding characters {@code start..end} of the text. */
    LineSpan spanOf(int start, int end) {
        int from = first;
        int to = first;
        for (int i = 0; i < lineStarts.size(); i++) {
            if (lineStarts.get(i) <= start) {
                from = first + i;
            }
            if (lineStarts.get(i) < Math.max(start + 1, end)) {
                to = first + i;
            }
        }
        return new LineSpan(from, Math.max(from, to));
    }

    int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    boolean isNumbered() {
        return marker == Marker.ROMAN || marker == Marker.NUMBER || marker == Marker.LETTER;
    }
}
