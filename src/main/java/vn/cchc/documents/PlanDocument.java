package vn.cchc.documents;

import java.util.List;
import java.util.Map;
import vn.cchc.documents.Nd30Tables.HeaderCell;

/**
 * The PAR plan as issued: its grounds, a summary, how it is carried out, and the two appendices in the column layout
 * of the seed plans — Phụ lục 1 the targets (STT, target, threshold, unit), Phụ lục 2 the tasks (TT, task,
 * product, lead, coordinating units, deadline as written), each grouped under its reform area's Roman numeral row.
 */
final class PlanDocument implements DocumentDefinition {

    static final String GROUNDS = "can_cu";
    static final String TARGET_SUMMARY = "tong_quan_chi_tieu";
    static final String TASK_SUMMARY = "tong_quan_nhiem_vu";
    static final String CARRYING_OUT = "to_chuc_thuc_hien";
    static final String COMMUNE_NAME = "ten_xa";
    static final String YEAR = "nam";
    static final String ATTACHED_TO = "kem_theo";
    static final String TARGETS = "chi_tieu";
    static final String TASKS = "nhiem_vu";

    @Override
    public TemplateVocabulary bodyVocabulary() {
        return new TemplateVocabulary()
                .fields(GROUNDS, TARGET_SUMMARY, TASK_SUMMARY, CARRYING_OUT, COMMUNE_NAME, YEAR, ATTACHED_TO)
                .rowLoop(TARGETS, "stt", "noi_dung", "chi_tieu", "don_vi")
                .rowLoop(TASKS, "stt", "nhiem_vu", "san_pham", "chu_tri", "phoi_hop", "thoi_gian")
                .require(TARGETS, TASKS);
    }

    @Override
    public void writeBody(Nd30Writer writer) {
        writer.body(Nd30Frame.tag(GROUNDS)).getRuns().get(0).setItalic(true);
        writer.heading("I. CHỈ TIÊU");
        writer.body(Nd30Frame.tag(TARGET_SUMMARY));
        writer.heading("II. NHIỆM VỤ");
        writer.body(Nd30Frame.tag(TASK_SUMMARY));
        writer.heading("III. TỔ CHỨC THỰC HIỆN");
        writer.body(Nd30Frame.tag(CARRYING_OUT));
    }

    @Override
    public void writeAppendices(Nd30Writer writer) {
        writer.landscapeFromHere();
        appendixTitle(writer, "PHỤ LỤC 1", "CÁC CHỈ TIÊU CỦA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
        writer.tables().loop(TARGETS,
                List.of(List.of(HeaderCell.of("STT"), HeaderCell.of("Chỉ tiêu/Chỉ tiêu thành phần"),
                        HeaderCell.of("Chỉ tiêu phấn đấu"), HeaderCell.of("Đơn vị theo dõi, hướng dẫn thực hiện"))),
                List.of("stt", "noi_dung", "chi_tieu", "don_vi"), 800, 8087, 2200, 3200);
        writer.pageBreak();
        appendixTitle(writer, "PHỤ LỤC 2", "NHIỆM VỤ TRỌNG TÂM CỦA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
        writer.tables().loop(TASKS,
                List.of(List.of(HeaderCell.of("TT"), HeaderCell.of("Nhiệm vụ"), HeaderCell.of("Hoạt động/sản phẩm"),
                        HeaderCell.of("Cơ quan chủ trì"), HeaderCell.of("Cơ quan phối hợp"),
                        HeaderCell.of("Thời gian thực hiện"))),
                List.of("stt", "nhiem_vu", "san_pham", "chu_tri", "phoi_hop", "thoi_gian"),
                800, 4200, 3300, 2000, 2187, 1800);
    }

    private static void appendixTitle(Nd30Writer writer, String number, String title) {
        writer.centred(number, Nd30Layout.TITLE_SIZE, true);
        writer.centred(title + " " + Nd30Frame.tag(COMMUNE_NAME) + " NĂM " + Nd30Frame.tag(YEAR),
                Nd30Layout.TITLE_SIZE, true);
        writer.italicCentred(Nd30Frame.tag(ATTACHED_TO), Nd30Layout.BODY_SIZE);
        writer.centred("", Nd30Layout.BODY_SIZE, false);
    }

    @Override
    public String sampleType() {
        return "KẾ HOẠCH";
    }

    @Override
    public String sampleSummary() {
        return "Cải cách hành chính phường Bắc Nha Trang năm 2026";
    }

    @Override
    public Map<String, Object> sampleBody() {
        return Map.of(
                GROUNDS, "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh;",
                TARGET_SUMMARY, "Kế hoạch đặt 1 chỉ tiêu (Phụ lục 1).",
                TASK_SUMMARY, "Kế hoạch giao 1 nhiệm vụ thuộc 1 lĩnh vực (Phụ lục 2).",
                CARRYING_OUT, "Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng tháng.",
                COMMUNE_NAME, "PHƯỜNG BẮC NHA TRANG", YEAR, "2026",
                ATTACHED_TO, "(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/01/2026 của UBND phường)",
                TARGETS, List.of(Map.of("stt", "1", "noi_dung", "Tỷ lệ hồ sơ trực tuyến", "chi_tieu", "≥ 75%",
                        "don_vi", "Trung tâm Phục vụ hành chính công")),
                TASKS, List.of(Map.of("stt", "I", "nhiem_vu", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "san_pham", "",
                        "chu_tri", "", "phoi_hop", "", "thoi_gian", ""),
                        Map.of("stt", "1", "nhiem_vu", "Ban hành Kế hoạch CCHC", "san_pham", "Kế hoạch",
                                "chu_tri", "Phòng Văn hóa - Xã hội", "phoi_hop", "Các đơn vị",
                                "thoi_gian", "Quý I")));
    }
}
