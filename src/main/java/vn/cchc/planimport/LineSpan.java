package vn.cchc.planimport;

/** The source lines (1-based, inclusive) an imported item was read from, shown to the reviewer beside it. */
public record LineSpan(int first, int last) {

    public LineSpan {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("Bad line span " + first + ".." + last);
        }
    }

    public static LineSpan of(int line) {
        return new LineSpan(line, line);
    }
}
