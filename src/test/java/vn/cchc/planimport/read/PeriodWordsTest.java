package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.plan.PlanKind;

class PeriodWordsTest {

    // title | period (default year 2026) | kind
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Cải cách hành chính phường An Nhơn Đông năm 2025|2025|ANNUAL",
            "Cải cách hành chính Nhà nước 6 tháng cuối năm 2025 trên địa bàn xã Chí Minh|2025S2|HALF_YEAR",
            "Cải cách hành chính 6 tháng đầu năm 2025|2025S1|HALF_YEAR",
            "Cải cách hành chính 6 tháng đầu năm|2026S1|HALF_YEAR",
            "Nâng cao Chỉ số cải cách hành chính của UBND phường Bắc Nha Trang năm 2025|2025|PAR_INDEX",
            "Tuyên truyền cải cách hành chính năm 2026|2026|PROPAGANDA",
            "Kiểm tra công tác cải cách hành chính năm 2026|2026|INSPECTION",
            "Cải cách hành chính quý III năm 2025|2025Q3|ANNUAL",
            "Cải cách hành chính giai đoạn 2026-2030|-|ANNUAL",
            "Cải cách hành chính năm 1850|-|ANNUAL",
    })
    void readsThePeriodAndKindFromTheTitle(String title, String period, PlanKind kind) {
        assertThat(PeriodWords.code(title, 2026)).isEqualTo(period);
        assertThat(PeriodWords.kind(title)).isEqualTo(kind);
    }
}
