package vn.cchc.documents;

import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.cchc.documents.Nd30Tables.HeaderCell;

/**
 * The PAR self-assessment report the commune sends with its evidence: a short introduction, the score table (one row
 * per area with its totals, then its criteria; the grand total last) and the result with its grade.
 */
final class ParSelfAssessmentDocument implements DocumentDefinition {

    static final String INTRODUCTION = "gioi_thieu";
    static final String RESULT = "ket_qua";
    static final String PERIOD = "ky_danh_gia";
    static final String COMMUNE_NAME = "ten_xa";
    static final String SCORES = "bang_diem";
    static final List<String> SCORE_FIELDS =
            List.of("stt", "tieu_chi", "diem_toi_da", "diem_tu_cham", "diem_tham_dinh", "ghi_chu");

    @Override
    public TemplateVocabulary bodyVocabulary() {
        return new TemplateVocabulary()
                .fields(INTRODUCTION, RESULT, PERIOD, COMMUNE_NAME)
                .rowLoop(SCORES, SCORE_FIELDS.toArray(String[]::new))
                .require(SCORES);
    }

    @Override
    public void writeBody(Nd30Writer writer) {
        writer.body(Nd30Frame.tag(INTRODUCTION));
        writer.heading("I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM");
        XWPFTable table = writer.tables().loop(SCORES,
                List.of(List.of(HeaderCell.of("STT"), HeaderCell.of("Lĩnh vực, tiêu chí, tiêu chí thành phần"),
                        HeaderCell.of("Điểm tối đa"), HeaderCell.of("Điểm tự chấm"),
                        HeaderCell.of("Điểm thẩm định"), HeaderCell.of("Ghi chú"))),
                SCORE_FIELDS, 800, 3255, 1000, 1000, 1100, 2200);
        XWPFTableRow template = table.getRow(1);
        for (int column = 2; column <= 4; column++) {
            Nd30Tables.first(template.getCell(column)).setAlignment(ParagraphAlignment.CENTER);
        }
        writer.centred("", Nd30Layout.BODY_SIZE, false);
        writer.heading("II. TỔNG HỢP KẾT QUẢ");
        writer.body(Nd30Frame.tag(RESULT));
    }

    @Override
    public String sampleType() {
        return "BÁO CÁO";
    }

    @Override
    public String sampleSummary() {
        return "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính 6 tháng đầu năm 2026";
    }

    @Override
    public Map<String, Object> sampleBody() {
        return Map.of(
                INTRODUCTION, "Ủy ban nhân dân phường Bắc Nha Trang báo cáo kết quả tự đánh giá như sau:",
                RESULT, "Tổng điểm tự đánh giá: 14,5/20 điểm (72,5%); xếp loại (tạm tính): C.",
                PERIOD, "6 tháng đầu năm 2026", COMMUNE_NAME, "PHƯỜNG BẮC NHA TRANG",
                SCORES, List.of(
                        Map.of("stt", "A1", "tieu_chi", "MỘT CỬA", "diem_toi_da", "10", "diem_tu_cham", "8,5",
                                "diem_tham_dinh", "", "ghi_chu", ""),
                        Map.of("stt", "A1.1", "tieu_chi", "Đúng hạn", "diem_toi_da", "4", "diem_tu_cham", "3",
                                "diem_tham_dinh", "", "ghi_chu", "95% hồ sơ đúng hạn"),
                        Map.of("stt", "", "tieu_chi", "TỔNG CỘNG", "diem_toi_da", "10", "diem_tu_cham", "8,5",
                                "diem_tham_dinh", "", "ghi_chu", "")));
    }
}
