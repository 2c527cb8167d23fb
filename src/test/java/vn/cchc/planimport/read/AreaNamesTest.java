package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaNamesTest {

    // marker | label | heading text | area
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ROMAN|II|CẢI CÁCH THỂ CHẾ|II",
            "NUMBER|2|Cải cách thể chế|II",
            "NUMBER|1|Công tác chỉ đạo, điều hành|I",
            "NUMBER|2.1|Công tác chỉ đạo, điều hành cải cách hành chính|I",
            "NUMBER|4|Cải cách tổ chức bộ máy hành chính nhà nước|IV",
            "NUMBER|5|Cải cách chế độ công vụ|V",
            "NUMBER|6|Cải cách tài chính công|VI",
            "NUMBER|6|Xây dựng và phát triển chính quyền điện tử, chính quyền số|VII",
            "NUMBER|2.7|Xây dựng chính quyền số|VII",
            "PARAGRAPH|-|Lĩnh vực 3: Cải cách thủ tục hành chính|III",
            "PARAGRAPH|-|LĨNH VỰC CẢI CÁCH TÀI CHÍNH CÔNG|VI",
            "PARAGRAPH|-|Lĩnh vực VIII. Tác động của cải cách hành chính đến phát triển kinh tế - xã hội|VIII",
            "LETTER|a|Rà soát, công bố danh mục thủ tục hành chính|-",
            "NUMBER|1.1|Xây dựng Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 và kế hoạch CCHC|-",
            "NUMBER|3|Tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị.|-",
            "DASH|-|Cải cách thể chế|-",
            "NUMBER|1|Phòng Văn hóa - Xã hội|-",
    })
    void readsTheAreaAHeadingNames(TextItem.Marker marker, String label, String text, String area) {
        assertThat(AreaNames.ofHeading(new TextItem(marker, label, text, 1, 1, List.of(0)))).isEqualTo(area);
    }

    // sentence | guessed area
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "100% văn bản quy phạm pháp luật (QPPL) được triển khai kịp thời|II",
            "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn từ 95% trở lên|III",
            "Giảm 01 biên chế so với năm 2025|IV",
            "Trên 90% cán bộ, công chức đạt chuẩn theo vị trí việc làm|V",
            "100% đơn vị công khai dự toán ngân sách|VI",
            "100% văn bản đi được ký số|VII",
            "100% cán bộ công chức sử dụng hiệu quả phần mềm HP-eOffice|-",
            "Mức độ hài lòng về dịch vụ y tế đạt trên 85%|-",
    })
    void guessesTheAreaOfASentenceOnlyWhenOneAreaLeads(String sentence, String area) {
        assertThat(AreaNames.guess(sentence)).isEqualTo(area);
    }
}
