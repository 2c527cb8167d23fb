package vn.cchc.planimport.read;

import vn.cchc.planimport.source.SourceDocument;

/**
 * Reads task and target tables: real DOCX tables, and the column-interleaved text a PDF extraction gives of them.
 */
public final class AppendixTables {

    private AppendixTables() {
    }

    public static TableFindings read(SourceDocument document, ReadContext context) {
        return TableFindings.none();
    }
}
