package vn.cchc.planimport.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a DOCX body in order: each paragraph is a line, each table row is one line (cells joined " | ") and a row
 * of a {@link SourceTable} with the same line number. A vertically merged cell's continuation is empty (the text
 * belongs to the row it starts in); a horizontally merged cell is followed by empty cells for the columns it
 * spans, so a cell's index is its grid column. A table nested in a cell is flattened into the cell's text.
 */
public final class DocxSource {

    /** Tables nested this deep in one another are not a plan's. */
    static final int MAX_NESTING = 5;

    private DocxSource() {
    }

    public static SourceDocument read(byte[] bytes) {
        return read(bytes, "");
    }

    /** Refuses a ZIP that is not a Word document by its file name, after one pass within the zip-bomb limits. */
    static SourceDocument read(byte[] bytes, String fileName) {
        if (!DocxZipCheck.check(bytes)) {
            throw new ImportRefused("planimport.refused.notDocx", fileName);
        }
        List<SourceLine> lines = new ArrayList<>();
        List<SourceTable> tables = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    TextLines.append(paragraph.getText(), lines);
                } else if (element instanceof XWPFTable table) {
                    tables.add(table(table, lines));
                } else if (element instanceof XWPFSDT sdt) {
                    TextLines.append(sdt.getContent().getText(), lines);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefused refused) {
                throw refused;
            }
            throw new ImportRefused("planimport.refused.brokenDocx");
        } catch (StackOverflowError e) {
            // XML nested thousands of levels deep (crafted, under the zip check's size limits) overflows the parser
            throw new ImportRefused("planimport.refused.brokenDocx");
        }
        if (lines.isEmpty()) {
            throw ImportRefused.empty();
        }
        return new SourceDocument(SourceKind.DOCX, lines, tables);
    }

    private static SourceTable table(XWPFTable table, List<SourceLine> lines) {
        List<SourceTable.Row> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            StringJoiner shown = new StringJoiner(" | ");
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = continuesMerge(cell) ? "" : cellText(cell);
                cells.add(text);
                shown.add(text);
                for (int span = gridSpan(cell); span > 1; span--) {
                    cells.add("");
                }
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int number = lines.size() + 1;
            lines.add(new SourceLine(number, shown.toString()));
            rows.add(new SourceTable.Row(number, cells));
        }
        return new SourceTable(rows);
    }

    /** The cell's paragraphs joined by a space; a nested table's rows follow as "a, b; c, d". */
    private static String cellText(XWPFTableCell cell) {
        return cellText(cell, 0);
    }

    private static String cellText(XWPFTableCell cell, int depth) {
        StringJoiner text = new StringJoiner(" ");
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                text.add(paragraph.getText().replace('\n', ' '));
            } else if (element instanceof XWPFTable nested) {
                if (depth >= MAX_NESTING) {
                    // real plans nest a table or two deep; a crafted file nesting thousands would overflow the stack
                    throw new ImportRefused("planimport.refused.brokenDocx");
                }
                StringJoiner rows = new StringJoiner("; ");
                for (XWPFTableRow row : nested.getRows()) {
                    StringJoiner cells = new StringJoiner(", ");
                    row.getTableCells().forEach(c -> cells.add(cellText(c, depth + 1)));
                    rows.add(cells.toString());
                }
                text.add(rows.toString());
            }
        }
        return TextLines.clean(text.toString()).replaceAll("\\s+", " ");
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
    }
}
