package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;
import vn.cchc.planimport.source.DocxSource;
import vn.cchc.planimport.source.TextSource;

/** Tables unlike the seeds': other column orders and names, units in their own columns, areas numbered 1–8. */
class AppendixTablesTest {

    private static final ReadContext CONTEXT = new ReadContext(List.of(), 2026, LocalDate.of(2026, 1, 5), List.of());

    @Test
    void aDocxTableIsReadByItsHeaderWordsWhateverTheColumnOrder() throws IOException {
        byte[] docx = docx(
                new String[] {"TT", "Thời hạn", "Nội dung công việc", "Đơn vị phối hợp", "Đơn vị chủ trì", "Kết quả"},
                new String[] {"1", "Lĩnh vực 2: Cải cách thể chế"},
                new String[] {"1", "Quý II/2026", "Rà soát văn bản quy phạm pháp luật của xã", "Công an xã",
                        "Văn phòng HĐND và UBND xã", "Báo cáo rà soát"},
                new String[] {"2", "CẢI CÁCH TÀI CHÍNH CÔNG"},
                new String[] {"1", "Trước 31/12/2026", "Công khai dự toán ngân sách", "", "Phòng Kinh tế", ""});

        TableFindings found = AppendixTables.read(DocxSource.read(docx), CONTEXT);

        assertThat(found.areas()).extracting(a -> a.areaCode()).containsExactly("II", "VI");
        assertThat(found.tasks()).hasSize(2);
        DraftTask first = found.tasks().get(0);
        assertThat(first.areaCode()).isEqualTo("II");
        assertThat(first.code()).isEqualTo("1");
        assertThat(first.title()).isEqualTo("Rà soát văn bản quy phạm pháp luật của xã");
        assertThat(first.product()).isEqualTo("Báo cáo rà soát");
        assertThat(first.deadlinePhrase()).isEqualTo("Quý II/2026");
        assertThat(first.leadText()).isEqualTo("Văn phòng HĐND và UBND xã");
        assertThat(first.coordinatorsText()).isEqualTo("Công an xã");
        assertThat(first.allOtherUnits()).isFalse();
        assertThat(first.span()).isEqualTo(LineSpan.of(4));
        // no commune unit is known here, so the lead is not matched and the reviewer must check it
        assertThat(first.confidence()).isEqualTo(Confidence.MEDIUM);
        DraftTask second = found.tasks().get(1);
        assertThat(second.areaCode()).isEqualTo("VI");
        assertThat(second.coordinatorsText()).isNull();
        assertThat(second.product()).isNull();
    }

    @Test
    void aDocxTableWithAFreeTextAssignmentTakesTheUnitThatChairsAsLead() throws IOException {
        byte[] docx = docx(
                new String[] {"STT", "Nhiệm vụ", "Phân công thực hiện", "Tiến độ"},
                new String[] {"I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"},
                new String[] {"1", "Kiểm tra công tác cải cách hành chính",
                        "Các phòng chuyên môn phối hợp; Phòng Nội vụ chủ trì tham mưu kế hoạch.", "Tháng 9/2026"},
                new String[] {"2", "Tổ chức đối thoại với người dân",
                        "Các bộ phận chuẩn bị nội dung cho Văn phòng HĐND và UBND xã.", "Năm 2026"});

        List<DraftTask> tasks = AppendixTables.read(DocxSource.read(docx), CONTEXT).tasks();

        assertThat(tasks).extracting(DraftTask::leadText).containsExactly("Phòng Nội vụ", "Văn phòng HĐND và UBND xã");
        assertThat(tasks.get(0).coordinatorsText()).isEqualTo("Các phòng chuyên môn");
        assertThat(tasks.get(0).allOtherUnits()).isTrue();
        assertThat(tasks.get(0).assignmentNote()).startsWith("Các phòng chuyên môn phối hợp;");
        assertThat(tasks).allMatch(t -> t.areaCode().equals("I") && t.confidence() == Confidence.MEDIUM);
    }

    @Test
    void aTableAsPdfTextGivesItsRowsWithAreasUnitsAndDeadlines() {
        String text = """
                KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH XÃ HÒA BÌNH NĂM 2026
                STT Nội dung công việc Thời hạn Đơn vị chủ trì Đơn vị phối hợp
                Lĩnh vực 1: Công tác chỉ đạo, điều hành
                1
                Xây dựng kế hoạch tuyên truyền
                cải cách hành chính năm 2026
                Quý I/2026
                Văn phòng HĐND và
                UBND xã
                Các phòng chuyên môn,
                Công an xã
                2
                Tổ chức kiểm tra công tác
                cải cách hành chính tại các
                thôn, tổ dân phố
                Tháng 10/2026
                Phòng Văn hóa - Xã hội
                Văn phòng HĐND và UBND xã
                Lĩnh vực 3: Cải cách thủ tục hành chính
                3
                Rà soát, đơn giản hóa thủ tục
                hành chính nội bộ
                Trước ngày 30/6/2026
                Trung tâm Phục vụ hành chính công
                Các phòng chuyên môn
                Nơi nhận:
                - Như trên;
                """;

        TableFindings found = AppendixTables.read(TextSource.read(text), CONTEXT);

        assertThat(found.areas()).extracting(a -> a.areaCode()).containsExactly("I", "III");
        assertThat(found.tasks()).extracting(DraftTask::code).containsExactly("1", "2", "3");
        assertThat(found.tasks()).extracting(DraftTask::areaCode).containsExactly("I", "I", "III");
        assertThat(found.tasks()).extracting(DraftTask::deadlinePhrase)
                .containsExactly("Quý I/2026", "Tháng 10/2026", "Trước ngày 30/6/2026");
        assertThat(found.tasks()).extracting(DraftTask::leadText).containsExactly("Văn phòng HĐND và UBND xã",
                "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công");
        DraftTask first = found.tasks().get(0);
        assertThat(first.title()).isEqualTo("Xây dựng kế hoạch tuyên truyền cải cách hành chính năm 2026");
        assertThat(first.coordinatorsText()).isEqualTo("Các phòng chuyên môn, Công an xã");
        assertThat(first.allOtherUnits()).isTrue();
        assertThat(first.span()).isEqualTo(new LineSpan(4, 11));
        assertThat(found.tasks().get(2).span()).isEqualTo(new LineSpan(20, 25));
    }

    @Test
    void aDocxWhoseOnlyTableIsItsLetterheadIsReadFromItsLines() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable letterhead = document.createTable(1, 2);
            letterhead.getRow(0).getCell(0).setText("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH");
            letterhead.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            for (String line : List.of("STT Nhiệm vụ Thời gian Chủ trì", "1", "Xây dựng kế hoạch kiểm tra",
                    "Tháng 3/2026", "Phòng Văn hóa - Xã hội")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            docx = out.toByteArray();
        }

        List<DraftTask> tasks = AppendixTables.read(DocxSource.read(docx), CONTEXT).tasks();

        assertThat(tasks).extracting(DraftTask::deadlinePhrase).containsExactly("Tháng 3/2026");
        assertThat(tasks.get(0).leadText()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(tasks.get(0).span()).isEqualTo(new LineSpan(3, 6));
    }

    @Test
    void textWithoutATableHeaderGivesNoTasks() {
        String text = """
                1
                Xây dựng kế hoạch tuyên truyền
                Quý I/2026
                Văn phòng HĐND và UBND xã
                """;

        assertThat(AppendixTables.read(TextSource.read(text), CONTEXT).tasks()).isEmpty();
    }

    private static byte[] docx(String[]... rows) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("PHỤ LỤC");
            int columns = rows[0].length;
            XWPFTable table = document.createTable(rows.length, columns);
            for (int r = 0; r < rows.length; r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.getCell(c).setText(rows[r][c]);
                }
                if (rows[r].length == 2) { // an area row: the heading spans the other columns
                    for (int c = columns - 1; c >= 2; c--) {
                        row.removeCell(c);
                    }
                    row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns - 1L));
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
