package vn.cchc.documents;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The tables of a default template: the borderless header and signature tables of ND 30, and the ruled data tables
 * whose one template row repeats per item (poi-tl's row loop: {{loop}} then [field] in the row's cells).
 */
final class Nd30Tables {

    /** A header cell spanning columns and, when {@code rows} is 2, the row below it too. */
    record HeaderCell(String text, int columns, int rows) {
        static HeaderCell of(String text) {
            return new HeaderCell(text, 1, 1);
        }

        static HeaderCell tall(String text) {
            return new HeaderCell(text, 1, 2);
        }

        static HeaderCell wide(String text, int columns) {
            return new HeaderCell(text, columns, 1);
        }
    }

    private final Nd30Writer writer;

    Nd30Tables(Nd30Writer writer) {
        this.writer = writer;
    }

    /** A borderless layout table with fixed column widths (header, signature). */
    XWPFTable layout(int rows, int... widths) {
        XWPFTable table = writer.table(rows, widths.length);
        table.removeBorders();
        fix(table, widths);
        return table;
    }

    /**
     * A ruled data table: one or two header rows (cells may span; the last holds {@code {{loop}}} in its first cell),
     * then the template row whose cells hold [field] for each field.
     */
    XWPFTable loop(String loop, List<List<HeaderCell>> headerRows, List<String> fields, int... widths) {
        XWPFTable table = writer.table(headerRows.size() + 1, widths.length);
        fix(table, widths);
        for (int r = 0; r < headerRows.size(); r++) {
            header(table, r, headerRows);
            table.getRow(r).setRepeatHeader(true);
        }
        // poi-tl repeats the row below the one holding the loop's tag; the tag itself is removed when rendering.
        Nd30Writer.run(first(table.getRow(headerRows.size() - 1).getCell(0)), "{{" + loop + "}}", Nd30Layout.TABLE_SIZE);
        XWPFTableRow template = table.getRow(headerRows.size());
        for (int c = 0; c < fields.size(); c++) {
            XWPFParagraph p = first(template.getCell(c));
            p.setAlignment(c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            Nd30Writer.run(p, "[" + fields.get(c) + "]", Nd30Layout.TABLE_SIZE);
        }
        template.setCantSplitRow(true);
        return table;
    }

    static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    static XWPFRun text(XWPFTableCell cell, String text, int size, boolean bold) {
        XWPFParagraph p = first(cell);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun r = Nd30Writer.run(p, text, size);
        r.setBold(bold);
        return r;
    }

    static XWPFParagraph next(XWPFTableCell cell) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    /** Writes one header row; a lower header row has one-column cells, written around the cells merged into it. */
    private void header(XWPFTable table, int rowIndex, List<List<HeaderCell>> rows) {
        XWPFTableRow row = table.getRow(rowIndex);
        int column = 0;
        int grid = 0;
        for (HeaderCell cell : rows.get(rowIndex)) {
            while (column < row.getTableCells().size() && covered(table, rowIndex, column)) {
                column++;
                grid++;
            }
            XWPFTableCell first = row.getCell(column);
            text(first, cell.text(), Nd30Layout.TABLE_SIZE, true);
            if (cell.columns() > 1) {
                tcPr(first).addNewGridSpan().setVal(BigInteger.valueOf(cell.columns()));
                BigInteger width = (BigInteger) tcPr(first).getTcW().getW();
                for (int extra = 1; extra < cell.columns(); extra++) {
                    width = width.add((BigInteger) tcPr(row.getCell(column + 1)).getTcW().getW());
                    row.removeCell(column + 1);
                }
                tcPr(first).getTcW().setW(width);
            }
            if (cell.rows() > 1) {
                tcPr(first).addNewVMerge().setVal(STMerge.RESTART);
                tcPr(table.getRow(rowIndex + 1).getCell(grid)).addNewVMerge().setVal(STMerge.CONTINUE);
            }
            column++;
            grid += cell.columns();
        }
    }

    /** A cell the row above merges down into: the lower header row writes its own cells around it. */
    private static boolean covered(XWPFTable table, int rowIndex, int column) {
        CTTcPr pr = table.getRow(rowIndex).getCell(column).getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == STMerge.CONTINUE;
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void fix(XWPFTable table, int[] widths) {
        table.setTableAlignment(TableRowAlign.CENTER);
        var pr = table.getCTTbl().getTblPr();
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth total = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        total.setType(STTblWidth.DXA);
        total.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                CTTblWidth width = tcPr(row.getCell(c)).addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }
}
