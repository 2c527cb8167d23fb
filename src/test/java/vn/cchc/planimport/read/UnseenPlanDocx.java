package vn.cchc.planimport.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * One of the unseen plans as a DOCX with a real table: its prose up to the appendix's column header as paragraphs,
 * then the appendix as table rows (a row of one cell after the number is a heading spanning the table).
 */
final class UnseenPlanDocx {

    private UnseenPlanDocx() {
    }

    static byte[] of(String file, String headerStarts, List<String[]> rows) {
        String text = new String(UnseenPlans.bytes(file), StandardCharsets.UTF_8);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\\R")) {
                if (line.startsWith(headerStarts)) {
                    break;
                }
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable();
            int columns = rows.get(0).length;
            for (String[] cells : rows) {
                XWPFTableRow row = table.getRows().size() == 1 && table.getRow(0).getCell(0).getText().isEmpty()
                        && table.getRow(0).getTableCells().size() == 1 ? table.getRow(0) : table.createRow();
                while (row.getTableCells().size() < cells.length) {
                    row.addNewTableCell();
                }
                for (int i = 0; i < cells.length; i++) {
                    String[] paragraphs = cells[i].split("\n");
                    row.getCell(i).setText(paragraphs[0]);
                    for (int p = 1; p < paragraphs.length; p++) {
                        row.getCell(i).addParagraph().createRun().setText(paragraphs[p]);
                    }
                }
                while (row.getTableCells().size() > cells.length) {
                    row.removeCell(row.getTableCells().size() - 1);
                }
                if (cells.length == 2 && columns > 2) {
                    row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns - 1L));
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
