package vn.cchc.documents;

import static vn.cchc.documents.Nd30Frame.tag;

import java.util.List;
import java.util.Map;
import vn.cchc.documents.Nd30Tables.HeaderCell;

/**
 * The periodic CCHC report (Báo cáo kết quả công tác CCHC quý I, 6 tháng, quý III, năm) in the outline provinces ask
 * for — I chỉ đạo, điều hành; II results, one part per reform area; III assessment; IV next period; V proposals —
 * followed by the statistics annexes: tasks by area and by unit with the overdue ones and their reasons, targets
 * against thresholds, the one-stop dossiers in the 13 columns of Biểu II.06a, and the 766 score card.
 */
final class PeriodicReportDocument implements DocumentDefinition {

    static final String GROUNDS = "can_cu";
    static final String PARAGRAPH = "doan";
    static final String PERIOD = "ky_bao_cao";
    static final String COMMUNE_NAME = "ten_xa";
    static final String ATTACHED_TO = "kem_theo";
    static final String DIRECTION = "chi_dao";
    static final String RESULTS = "ket_qua_linh_vuc";
    static final String STRENGTHS = "uu_diem";
    static final String WEAKNESSES = "han_che";
    static final String CAUSES = "nguyen_nhan";
    static final String NEXT = "nhiem_vu_ky_toi";
    static final String PROPOSALS = "de_xuat";
    static final String BY_AREA = "theo_linh_vuc";
    static final String BY_UNIT = "theo_don_vi";
    static final String OVERDUE = "qua_han";
    static final String TARGETS = "ket_qua_chi_tieu";
    static final String DOSSIERS = "bieu_06a";
    static final String SCORE_CARD = "the_766";
    static final String EVIDENCE = "minh_chung";
    static final List<String> EVIDENCE_FIELDS = List.of("stt", "tai_lieu", "so_ngay", "don_vi", "nhiem_vu");
    static final List<String> COUNT_FIELDS = List.of("stt", "noi_dung", "tong", "dung_han", "tre_han", "qua_han",
            "chua_den_han");
    static final List<String> DOSSIER_FIELDS = List.of("stt", "linh_vuc", "nhan_tong", "nhan_truc_tuyen",
            "nhan_truc_tiep", "nhan_ky_truoc", "xong_tong", "xong_truoc_han", "xong_dung_han", "xong_qua_han",
            "dang_tong", "dang_trong_han", "dang_qua_han");

    @Override
    public TemplateVocabulary bodyVocabulary() {
        return new TemplateVocabulary()
                .fields(GROUNDS, PERIOD, COMMUNE_NAME, ATTACHED_TO)
                .block(DIRECTION, paragraphs()).block(STRENGTHS, paragraphs()).block(WEAKNESSES, paragraphs())
                .block(CAUSES, paragraphs()).block(NEXT, paragraphs()).block(PROPOSALS, paragraphs())
                .block(RESULTS, new TemplateVocabulary().field("muc").block("noi_dung", paragraphs()))
                .rowLoop(BY_AREA, COUNT_FIELDS.toArray(String[]::new))
                .rowLoop(BY_UNIT, COUNT_FIELDS.toArray(String[]::new))
                .rowLoop(OVERDUE, "stt", "nhiem_vu", "don_vi", "han", "ly_do")
                .rowLoop(TARGETS, "stt", "chi_tieu", "nguong", "thuc_te", "dat")
                .rowLoop(DOSSIERS, DOSSIER_FIELDS.toArray(String[]::new))
                .rowLoop(SCORE_CARD, "stt", "chi_so", "ty_le", "diem", "toi_da")
                .rowLoop(EVIDENCE, EVIDENCE_FIELDS.toArray(String[]::new))
                .require(DIRECTION, RESULTS, STRENGTHS, WEAKNESSES, CAUSES, NEXT, PROPOSALS);
    }

    /** A section's text: one paragraph per line typed, so that justified lines are not stretched by line breaks. */
    private static TemplateVocabulary paragraphs() {
        return new TemplateVocabulary().field(PARAGRAPH);
    }

    private static void text(Nd30Writer writer, String section) {
        writer.body("{{?" + section + "}}");
        writer.body(tag(PARAGRAPH));
        writer.body("{{/" + section + "}}");
    }

    @Override
    public void writeBody(Nd30Writer writer) {
        writer.body(tag(GROUNDS)).getRuns().get(0).setItalic(true);
        writer.heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
        text(writer, DIRECTION);
        writer.heading("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH");
        writer.body("{{?" + RESULTS + "}}");
        writer.heading(tag("muc"));
        text(writer, "noi_dung");
        writer.body("{{/" + RESULTS + "}}");
        writer.heading("III. ĐÁNH GIÁ CHUNG");
        writer.heading("1. Ưu điểm");
        text(writer, STRENGTHS);
        writer.heading("2. Tồn tại, hạn chế");
        text(writer, WEAKNESSES);
        writer.heading("3. Nguyên nhân");
        text(writer, CAUSES);
        writer.heading("IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM KỲ TỚI");
        text(writer, NEXT);
        writer.heading("V. ĐỀ XUẤT, KIẾN NGHỊ");
        text(writer, PROPOSALS);
    }

    @Override
    public void writeAppendices(Nd30Writer writer) {
        writer.landscapeFromHere();
        appendixTitle(writer, "PHỤ LỤC 1", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH");
        List<HeaderCell> counts = List.of(HeaderCell.of("Tổng số"), HeaderCell.of("Hoàn thành đúng hạn"),
                HeaderCell.of("Hoàn thành trễ hạn"), HeaderCell.of("Quá hạn"), HeaderCell.of("Chưa đến hạn"));
        writer.heading("1. Theo lĩnh vực");
        countTable(writer, BY_AREA, "Lĩnh vực", counts);
        writer.heading("2. Theo cơ quan, đơn vị chủ trì");
        countTable(writer, BY_UNIT, "Cơ quan, đơn vị", counts);
        writer.heading("3. Nhiệm vụ quá hạn và lý do");
        writer.tables().loop(OVERDUE, List.of(List.of(HeaderCell.of("STT"), HeaderCell.of("Nhiệm vụ"),
                        HeaderCell.of("Đơn vị chủ trì"), HeaderCell.of("Hạn"), HeaderCell.of("Lý do"))),
                List.of("stt", "nhiem_vu", "don_vi", "han", "ly_do"), 700, 5000, 2800, 1500, 4287);
        writer.pageBreak();
        appendixTitle(writer, "PHỤ LỤC 2", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        writer.tables().loop(TARGETS, List.of(List.of(HeaderCell.of("STT"), HeaderCell.of("Chỉ tiêu"),
                        HeaderCell.of("Chỉ tiêu phấn đấu"), HeaderCell.of("Kết quả"), HeaderCell.of("Đạt"))),
                List.of("stt", "chi_tieu", "nguong", "thuc_te", "dat"), 700, 7787, 2200, 2200, 1400);
        writer.pageBreak();
        appendixTitle(writer, "PHỤ LỤC 3", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (BIỂU II.06a)");
        writer.tables().loop(DOSSIERS, List.of(
                        List.of(HeaderCell.tall("STT"), HeaderCell.tall("Lĩnh vực"),
                                HeaderCell.wide("Số hồ sơ nhận giải quyết", 4),
                                HeaderCell.wide("Số hồ sơ đã giải quyết", 4),
                                HeaderCell.wide("Số hồ sơ đang giải quyết", 3)),
                        List.of(HeaderCell.of("Tổng số"), HeaderCell.of("Trực tuyến"),
                                HeaderCell.of("Trực tiếp, dịch vụ bưu chính"), HeaderCell.of("Từ kỳ trước"),
                                HeaderCell.of("Tổng số"), HeaderCell.of("Trước hạn"), HeaderCell.of("Đúng hạn"),
                                HeaderCell.of("Quá hạn"), HeaderCell.of("Tổng số"), HeaderCell.of("Trong hạn"),
                                HeaderCell.of("Quá hạn"))),
                DOSSIER_FIELDS, 750, 2437, 1000, 1000, 1100, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000);
        writer.pageBreak();
        appendixTitle(writer, "PHỤ LỤC 4", "BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH 766/QĐ-TTg)");
        writer.tables().loop(SCORE_CARD, List.of(List.of(HeaderCell.of("STT"), HeaderCell.of("Chỉ số"),
                        HeaderCell.of("Tỷ lệ đạt"), HeaderCell.of("Điểm"), HeaderCell.of("Điểm tối đa"))),
                List.of("stt", "chi_so", "ty_le", "diem", "toi_da"), 700, 8587, 1800, 1600, 1600);
        writer.pageBreak();
        appendixTitle(writer, "PHỤ LỤC 5", "DANH MỤC TÀI LIỆU MINH CHỨNG");
        writer.tables().loop(EVIDENCE, List.of(List.of(HeaderCell.of("STT"), HeaderCell.of("Tài liệu"),
                        HeaderCell.of("Số, ngày"), HeaderCell.of("Đơn vị"), HeaderCell.of("Nhiệm vụ"))),
                EVIDENCE_FIELDS, 700, 4800, 2400, 2600, 3787);
    }

    private static void countTable(Nd30Writer writer, String loop, String first, List<HeaderCell> counts) {
        List<HeaderCell> header = new java.util.ArrayList<>(List.of(HeaderCell.of("STT"), HeaderCell.of(first)));
        header.addAll(counts);
        writer.tables().loop(loop, List.of(header), COUNT_FIELDS, 700, 5587, 1600, 1600, 1600, 1600, 1600);
    }

    private static void appendixTitle(Nd30Writer writer, String number, String title) {
        writer.centred(number, Nd30Layout.TITLE_SIZE, true);
        writer.centred(title, Nd30Layout.TITLE_SIZE, true);
        writer.italicCentred(tag(ATTACHED_TO), Nd30Layout.BODY_SIZE);
        writer.centred("", Nd30Layout.BODY_SIZE, false);
    }

    /** A section's text as its block receives it: one item per non-empty line. */
    static List<Map<String, Object>> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> Map.<String, Object>of(PARAGRAPH, l)).toList();
    }

    @Override
    public String sampleType() {
        return "BÁO CÁO";
    }

    @Override
    public String sampleSummary() {
        return "Kết quả công tác cải cách hành chính quý I năm 2026";
    }

    @Override
    public Map<String, Object> sampleBody() {
        Map<String, Object> count = Map.of("stt", "1", "noi_dung", "Cải cách thể chế", "tong", "3", "dung_han", "2",
                "tre_han", "1", "qua_han", "0", "chua_den_han", "0");
        Map<String, Object> dossier = new java.util.LinkedHashMap<>();
        DOSSIER_FIELDS.forEach(f -> dossier.put(f, "1"));
        dossier.put("linh_vuc", "Hộ tịch");
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put(GROUNDS, "Căn cứ Kế hoạch số 05/KH-UBND ngày 15/01/2026 của UBND phường.");
        data.put(PERIOD, "quý I năm 2026");
        data.put(COMMUNE_NAME, "PHƯỜNG BẮC NHA TRANG");
        data.put(ATTACHED_TO, "(Kèm theo Báo cáo số 31/BC-UBND ngày 16/03/2026 của UBND phường)");
        data.put(DIRECTION, lines("Ban hành Kế hoạch CCHC năm 2026."));
        data.put(RESULTS, List.of(Map.of("muc", "1. Cải cách thể chế", "noi_dung", lines("Rà soát 3 văn bản."))));
        data.put(STRENGTHS, lines("Hoàn thành đúng hạn phần lớn nhiệm vụ."));
        data.put(WEAKNESSES, lines("Một số nhiệm vụ trễ hạn."));
        data.put(CAUSES, lines("Thiếu nhân lực."));
        data.put(NEXT, lines("Tiếp tục số hóa hồ sơ."));
        data.put(PROPOSALS, lines("Đề nghị tập huấn."));
        data.put(BY_AREA, List.of(count));
        data.put(BY_UNIT, List.of(count));
        data.put(OVERDUE, List.of(Map.of("stt", "1", "nhiem_vu", "Rà soát TTHC", "don_vi", "Văn phòng",
                "han", "31/03/2026", "ly_do", "Chờ hướng dẫn")));
        data.put(TARGETS, List.of(Map.of("stt", "1", "chi_tieu", "Tỷ lệ hồ sơ trực tuyến", "nguong", "≥ 75%",
                "thuc_te", "80%", "dat", "Đạt")));
        data.put(DOSSIERS, List.of(dossier));
        data.put(SCORE_CARD, List.of(Map.of("stt", "1", "chi_so", "Công khai, minh bạch", "ty_le", "100%",
                "diem", "18", "toi_da", "18")));
        data.put(EVIDENCE, List.of(Map.of("stt", "1", "tai_lieu", "Báo cáo rà soát văn bản quý I",
                "so_ngay", "Số 12/BC-UBND ngày 05/03/2026", "don_vi", "Văn phòng HĐND và UBND",
                "nhiem_vu", "Rà soát văn bản quy phạm pháp luật")));
        return data;
    }
}
