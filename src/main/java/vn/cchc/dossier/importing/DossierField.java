package vn.cchc.dossier.importing;

import java.util.List;

/**
 * The columns an import understands, with the headers one-stop systems use for them (matched without diacritics
 * or case). A commune can map any field to its own header text; the defaults cover the common exports.
 */
public enum DossierField {
    CODE(true, "Mã hồ sơ", "Số hồ sơ", "Ma ho so"),
    PROCEDURE_CODE(true, "Mã thủ tục", "Mã TTHC", "Ma thu tuc"),
    PROCEDURE_NAME(false, "Tên thủ tục", "Tên TTHC", "Thủ tục hành chính"),
    FIELD(false, "Lĩnh vực"),
    UNIT(false, "Đơn vị xử lý", "Cơ quan giải quyết", "Đơn vị"),
    OFFICER(false, "Cán bộ xử lý", "Cán bộ giải quyết", "Người xử lý"),
    CHANNEL(true, "Hình thức nộp", "Kênh nộp", "Hình thức tiếp nhận"),
    ONLINE_LEVEL(false, "Mức độ DVC", "Mức độ dịch vụ công", "Mức độ"),
    SUBMITTED_AT(false, "Ngày nộp", "Thời điểm nộp", "Ngày nộp trực tuyến"),
    RECEIVED_AT(true, "Ngày tiếp nhận", "Thời điểm tiếp nhận"),
    APPOINTMENT_AT(false, "Ngày hẹn trả", "Hẹn trả kết quả"),
    FINISHED_AT(false, "Ngày có kết quả", "Ngày xử lý xong", "Ngày hoàn thành"),
    RETURNED_AT(false, "Ngày trả kết quả", "Ngày trả"),
    SUPPLEMENTS(false, "Yêu cầu bổ sung", "Thời gian bổ sung"),
    PAUSES(false, "Tạm dừng", "Thời gian tạm dừng"),
    FEE(false, "Phí, lệ phí", "Lệ phí", "Phí"),
    PAID_ONLINE(false, "Thanh toán trực tuyến"),
    DIGITISED(false, "Số hóa", "Đã số hóa"),
    E_RESULT(false, "Kết quả điện tử"),
    REUSED_DATA(false, "Tái sử dụng dữ liệu", "Tái sử dụng"),
    APOLOGY_AT(false, "Ngày xin lỗi", "Phiếu xin lỗi"),
    RATING(false, "Đánh giá", "Mức độ hài lòng"),
    APPLICANT(false, "Người nộp", "Chủ hồ sơ", "Tên người nộp", "Người đứng tên"),
    STATUS(false, "Trạng thái", "Trạng thái hồ sơ", "Tình trạng hồ sơ"),
    /** Only the last four digits are kept: the second factor of the public lookup (see {@link vn.cchc.dossier.LookupFactor}). */
    PHONE(false, "Số điện thoại", "Điện thoại", "SĐT", "Điện thoại liên hệ"),
    CHECK_CODE(false, "Mã tra cứu", "Mã kiểm tra", "Mã xác thực");

    private final boolean required;
    private final List<String> headers;

    DossierField(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** The header written in templates and shown as the default mapping. */
    public String defaultHeader() {
        return headers.get(0);
    }

    public List<String> headers() {
        return headers;
    }

    public String messageKey() {
        return "dossier.field." + name();
    }
}
