package vn.cchc.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxSourceTest {

    @Test
    void paragraphsAndTableRowsAreLinesInBodyOrderAndRowsKeepTheirLineNumbers() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(Normalizer.normalize("KẾ HOẠCH", Normalizer.Form.NFD));
            document.createParagraph();
            XWPFTable table = document.createTable(3, 3);
            fill(table, 0, "STT", "Nhiệm vụ", "Chủ trì");
            fill(table, 1, "1", "Ban hành kế hoạch", "Phòng Văn hóa – Xã hội");
            fill(table, 2, "2", "Báo cáo", "");
            // the lead cell of row 2 continues the merged cell of row 1
            table.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            XWPFTableCell nestedHolder = table.getRow(2).getCell(1);
            nestedHolder.addParagraph().createRun().setText("gồm:");
            XWPFTable nested = nestedHolder.insertNewTbl(nestedHolder.getParagraphArray(1).getCTP().newCursor());
            XWPFTableRow nestedRow = new XWPFTableRow(nested.getCTTbl().addNewTr(), nested);
            nested.addRow(nestedRow);
            nestedRow.addNewTableCell().setText("quý I");
            nestedRow.addNewTableCell().setText("quý II");
            document.createParagraph().createRun().setText("Nơi nhận:");
            document.write(out);
            docx = out.toByteArray();
        }

        SourceDocument doc = DocxSource.read(docx);

        assertThat(doc.kind()).isEqualTo(SourceKind.DOCX);
        assertThat(doc.lines()).extracting(SourceLine::text).startsWith("KẾ HOẠCH", "STT | Nhiệm vụ | Chủ trì",
                "1 | Ban hành kế hoạch | Phòng Văn hóa – Xã hội");
        assertThat(doc.lines().get(3).text()).contains("quý I, quý II").startsWith("2 | Báo cáo").endsWith(" | ");
        assertThat(doc.lines().get(4)).isEqualTo(new SourceLine(5, "Nơi nhận:"));
        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.tables().get(0).rows()).extracting(SourceTable.Row::line).containsExactly(2, 3, 4);
        assertThat(doc.tables().get(0).rows().get(2).cells().get(2)).isEmpty();
    }

    @Test
    void aHorizontallyMergedCellIsFollowedByEmptyCellsSoIndexesStayGridColumns() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(1, 2);
            fill(table, 0, "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(3));
            document.write(out);
            docx = out.toByteArray();
        }

        SourceDocument doc = DocxSource.read(docx);

        assertThat(doc.lines().get(0).text()).isEqualTo("I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
        assertThat(doc.tables().get(0).rows().get(0).cells()).containsExactly("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "");
    }

    @Test
    void aZipBombIsRefusedBeforePoiInflatesIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 30; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan(200_000);

        assertThatThrownBy(() -> SourceReader.read(out.toByteArray(), "bom.docx"))
                .isInstanceOfSatisfying(ImportRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("planimport.refused.docxTooBig");
                    assertThat(e.args()).containsExactly(25L);
                });
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefusedByContentNotName() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
        }

        assertThatThrownBy(() -> SourceReader.read(out.toByteArray(), "kehoach.docx"))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.notDocx"));
    }

    @Test
    void aDocumentWithoutTextIsRefusedAsEmpty() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph();
            document.write(out);
            docx = out.toByteArray();
        }

        assertThatThrownBy(() -> SourceReader.read(docx, "trong.docx"))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.empty"));
    }

    private static void fill(XWPFTable table, int row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            table.getRow(row).getCell(i).setText(cells[i]);
        }
    }
}
