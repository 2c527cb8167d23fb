package vn.cchc.documents;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The placeholders every official document has, in Vietnamese without diacritics so that an official editing the
 * template in Word can read them: the issuing body, number and symbol, place and date, document type and summary
 * (trích yếu), the signature block and "Nơi nhận".
 */
final class CommonPlaceholders {

    static final String ISSUING_BODY = "co_quan_ban_hanh";
    static final String PARENT_BODY = "co_quan_chu_quan";
    static final String NUMBER = "so_ky_hieu";
    static final String PLACE_DATE = "dia_danh_ngay";
    static final String TYPE = "loai_van_ban";
    static final String SUMMARY = "trich_yeu";
    static final String AUTHORITY = "tham_quyen_ky";
    static final String SIGNER = "nguoi_ky";
    static final String RECIPIENTS = "noi_nhan";

    private CommonPlaceholders() {
    }

    static TemplateVocabulary vocabulary() {
        return new TemplateVocabulary()
                .fields(PARENT_BODY, ISSUING_BODY, NUMBER, PLACE_DATE, TYPE, SUMMARY, AUTHORITY, SIGNER, RECIPIENTS)
                .require(ISSUING_BODY, NUMBER, PLACE_DATE, SUMMARY);
    }

    static Map<String, Object> sample() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(PARENT_BODY, "");
        data.put(ISSUING_BODY, "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC NHA TRANG");
        data.put(NUMBER, DocumentNumber.of(5, "BC", "UBND").line());
        data.put(PLACE_DATE, OfficialDate.placeAndDate("Bắc Nha Trang", java.time.LocalDate.of(2026, 3, 16)));
        data.put(TYPE, "BÁO CÁO");
        data.put(SUMMARY, "Kết quả công tác cải cách hành chính quý I năm 2026");
        data.put(AUTHORITY, new SigningBlock(SigningBlock.Authority.TM, SigningBlock.COMMITTEE,
                SigningBlock.CHAIRMAN, "").authorityText());
        data.put(SIGNER, "Nguyễn Văn A");
        data.put(RECIPIENTS, "- Sở Nội vụ;\n- TT Đảng ủy, TT HĐND phường;\n- Lưu: VT, VHXH.");
        return data;
    }
}
