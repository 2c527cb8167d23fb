package vn.cchc.documents;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The apology for a late dossier, in the content of "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (Thông tư
 * 01/2018/TT-VPCP, Mẫu số 04, the name the seed plans still use; Thông tư 03/2025/TT-VPCP calls it "Văn bản xin lỗi
 * và đề nghị gia hạn"): to whom, when the dossier was received, what it asks, its code, the date promised, why it is
 * late, the apology and the new date.
 */
final class ApologyLetterDocument implements DocumentDefinition {

    static final String ADDRESSEE = "kinh_gui";
    static final String RECEIVED = "ngay_tiep_nhan";
    static final String OFFICE = "co_quan_giai_quyet";
    static final String APPLICANT = "nguoi_nop";
    static final String PROCEDURE = "noi_dung_yeu_cau";
    static final String CODE = "ma_ho_so";
    static final String PROMISED = "ngay_hen_tra";
    static final String REASON = "ly_do";
    static final String NEW_DATE = "ngay_hen_lai";

    @Override
    public TemplateVocabulary bodyVocabulary() {
        return new TemplateVocabulary()
                .fields(ADDRESSEE, RECEIVED, OFFICE, APPLICANT, PROCEDURE, CODE, PROMISED, REASON, NEW_DATE)
                .require(CODE, NEW_DATE);
    }

    @Override
    public void writeBody(Nd30Writer writer) {
        writer.centred("Kính gửi: " + Nd30Frame.tag(ADDRESSEE), Nd30Layout.BODY_SIZE, false);
        writer.centred("", Nd30Layout.BODY_SIZE, false);
        writer.body("Ngày " + Nd30Frame.tag(RECEIVED) + ", " + Nd30Frame.tag(OFFICE)
                + " tiếp nhận giải quyết hồ sơ của Ông/Bà/tổ chức: " + Nd30Frame.tag(APPLICANT) + ".");
        writer.body("Nội dung yêu cầu giải quyết: " + Nd30Frame.tag(PROCEDURE) + ".");
        writer.body("Mã hồ sơ: " + Nd30Frame.tag(CODE) + ".");
        writer.body("Ngày hẹn trả kết quả giải quyết hồ sơ: " + Nd30Frame.tag(PROMISED) + ".");
        writer.body("Tuy nhiên đến nay, " + Nd30Frame.tag(OFFICE) + " chưa trả kết quả giải quyết hồ sơ của"
                + " Ông/Bà/tổ chức đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả."
                + " Lý do: " + Nd30Frame.tag(REASON) + ".");
        writer.body("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của Ông/Bà/tổ chức. "
                + Nd30Frame.tag(OFFICE) + " xin lỗi Ông/Bà/tổ chức và sẽ trả kết quả giải quyết hồ sơ cho"
                + " Ông/Bà/tổ chức vào " + Nd30Frame.tag(NEW_DATE) + ".");
        writer.body("Xin trân trọng cảm ơn./.");
    }

    @Override
    public String sampleType() {
        return "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    }

    @Override
    public String sampleSummary() {
        return "";
    }

    @Override
    public Map<String, Object> sampleBody() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(ADDRESSEE, "Ông Nguyễn Văn B");
        data.put(RECEIVED, "02/03/2026");
        data.put(OFFICE, "Trung tâm Phục vụ hành chính công phường Bắc Nha Trang");
        data.put(APPLICANT, "Ông Nguyễn Văn B");
        data.put(PROCEDURE, "Đăng ký khai sinh");
        data.put(CODE, "000.00.99.H99-260302-0001");
        data.put(PROMISED, "05/03/2026");
        data.put(REASON, "hồ sơ cần xác minh thêm thông tin với cơ quan khác");
        data.put(NEW_DATE, "ngày 10 tháng 3 năm 2026");
        return data;
    }
}
