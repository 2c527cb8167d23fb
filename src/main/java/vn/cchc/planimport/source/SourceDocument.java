package vn.cchc.planimport.source;

import java.util.List;

/** The text of an uploaded or pasted plan: numbered lines in reading order, plus the DOCX tables among them. */
public record SourceDocument(SourceKind kind, List<SourceLine> lines, List<SourceTable> tables) {

    public SourceDocument {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }

    /** The text of lines {@code first..last} (1-based, inclusive) joined by newlines. */
    public String text(int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (SourceLine line : lines) {
            if (line.number() >= first && line.number() <= last) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(line.text());
            }
        }
        return sb.toString();
    }
}
