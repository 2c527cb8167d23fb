package vn.cchc.planimport.read;

import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceTable;

/**
 * Reads task and target tables: real DOCX tables, and the column-interleaved text a PDF extraction gives of them.
 * A document with real tables is read from them only; PDF and pasted text from their lines.
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
            return reader.findings();
        }
        return new TableTextReader(document.lines(), context).read();
    }
}
