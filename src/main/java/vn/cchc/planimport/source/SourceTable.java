package vn.cchc.planimport.source;

import java.util.List;

/** A real table of a DOCX: its rows, each with the line number it has in {@link SourceDocument#lines()}. */
public record SourceTable(List<Row> rows) {

    public SourceTable {
        rows = List.copyOf(rows);
    }

    /** One row's cell texts, left to right (a merged cell appears once, in its first column). */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
