package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineWordsTest {

    // duty text | deadline phrase as written
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Báo cáo kết quả về UBND phường trước ngày 30 hàng tháng.|trước ngày 30 hàng tháng",
            "Tổng hợp, báo cáo Sở Nội vụ trước ngày 25/11/2025.|trước ngày 25/11/2025",
            "Gửi hồ sơ chậm nhất ngày 15 tháng 12 năm 2025|chậm nhất ngày 15 tháng 12 năm 2025",
            "Bố trí kinh phí trong quý I/2026.|trong quý I/2026",
            "Ban hành kế hoạch trong tháng 7/2025|trong tháng 7/2025",
            "Thực hiện kịp thời, thường xuyên|-",
            "Tăng cường kiểm tra trong năm 2025|-",
            "Phát huy vai trò trong công tác cải cách|-",
    })
    void findsTheDeadlineADutyStates(String text, String phrase) {
        assertThat(DeadlineWords.find(text)).isEqualTo(phrase);
    }
}
