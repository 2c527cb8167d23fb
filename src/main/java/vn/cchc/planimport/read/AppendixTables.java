package vn.cchc.planimport.read;

import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceTable;

/**
 * Reads task and target tables: real DOCX tables, and the column-interleaved text a PDF extraction gives of them.
 * A document with real task or target tables is read from them only; other documents from their lines.
 */
public final class AppendixTables {

    private AppendixTables() {
    }

    public static TableFindings read(SourceDocument document, ReadContext context) {
        if (!document.tables().isEmpty()) {
            TableGridReader reader = new TableGridReader(context);
            for (SourceTable table : document.tables()) {
                reader.read(table);
            }
            TableFindings found = reader.findings();
            if (!found.tasks().isEmpty() || !found.targets().isEmpty()) {
                return found;
            }
        }
        // no real task table (a DOCX may hold only its letterhead as a table): read the lines as text
        return new TableTextReader(document.lines(), context).read();
    }
}
