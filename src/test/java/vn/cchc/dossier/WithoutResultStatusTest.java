package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dossier.importing.CellValues;

/** Which status words of a one-stop export mean the dossier left without a result (Biểu II.06a counts it apart). */
class WithoutResultStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Công dân yêu cầu rút hồ sơ | true",
        "Đã rút | true",
        "TỪ CHỐI | true",
        "Không được tiếp nhận | true",
        "Dừng xử lý | true",
        "Trả lại hồ sơ | true",
        "Đã hủy | true",
        "Đã trả kết quả | false",
        "Đang chuyển xử lý | false",
        "Đã xử lý xong | false",
        "'' | false"})
    void statusWords(String status, boolean withoutResult) {
        assertThat(CellValues.withoutResult(status)).isEqualTo(withoutResult);
    }
}
