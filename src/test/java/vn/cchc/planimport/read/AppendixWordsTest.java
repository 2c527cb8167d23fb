package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words the appendix reader goes by: header phrases, area headings, unit names, row numbers. */
class AppendixWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Stt Nhiệm vụ Sản phẩm/ Kết quả Tiến độ Phân công và cách thức thực hiện | NUMBER TITLE PRODUCT DEADLINE ASSIGNMENT
            TT Nhiệm vụ Hoạt động/sản phẩm Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện | NUMBER TITLE PRODUCT LEAD COORDINATORS DEADLINE
            STT Chỉ tiêu/Chỉ tiêu thành phần Chỉ tiêu phấn đấu năm 2025 Trách nhiệm cụ thể Đơn vị theo dõi, hướng dẫn thực hiện Đơn vị thực hiện | NUMBER INDICATOR THRESHOLD RESPONSIBLE EXECUTING
            Số TT Nội dung công việc Thời hạn hoàn thành Đơn vị chủ trì Ghi chú | NUMBER TITLE DEADLINE LEAD NOTE
            """)
    void aHeaderNamesItsColumnsInOrderByTheirWords(String header, String columns) {
        List<TableColumn> expected = Arrays.stream(columns.split(" ")).map(TableColumn::valueOf).toList();

        assertThat(TableHeader.inOrder(header)).isEqualTo(expected);
        assertThat(TableHeader.isHeader(expected)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH | I
            III CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC) | III
            VIII TÁC ĐỘNG CỦA CCHC ĐẾN PHÁT TRIỂN KINH TẾ - XÃ HỘI CỦA PHƯỜNG | VIII
            Lĩnh vực 2: Cải cách thể chế | II
            LĨNH VỰC 7. Xây dựng chính quyền số | VII
            5. Cải cách chế độ công vụ | V
            IX CÔNG TÁC KHÁC | -
            2 Tổ chức hội nghị đối thoại với người dân | -
            2025 trên địa bàn phường | -
            """)
    void anAreaHeadingIsMappedByItsWords(String line, String code) {
        assertThat(AppendixAreas.ofHeadingLine(line)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            - Các phòng, ban chuyên môn triển khai thực hiện. - Phòng Văn hóa – Xã hội tổng hợp và báo cáo. | Phòng Văn hóa – Xã hội | Các phòng, ban chuyên môn
            Các phòng chuyên môn phối hợp; Phòng Nội vụ chủ trì tham mưu kế hoạch. | Phòng Nội vụ | Các phòng chuyên môn
            Văn phòng HĐND và UBND phường phối hợp với các cơ quan, đơn vị tổ chức thực hiện. | Văn phòng HĐND và UBND phường | các cơ quan, đơn vị
            Phòng Kinh tế, Hạ tầng và Đô thị chủ trì. Công an xã phối hợp. | Phòng Kinh tế, Hạ tầng và Đô thị | Công an xã
            Các cơ quan, đơn vị rà soát, cung cấp thông tin cho Trung tâm Phục vụ hành chính công phường để niêm yết. | Trung tâm Phục vụ hành chính công phường | Các cơ quan, đơn vị
            CBCC phường thực hiện tiếp nhận hồ sơ. | - | -
            """)
    void aFreeTextAssignmentGivesTheLeadAndCoordinatorsAsWritten(String text, String lead, String coordinators) {
        AppendixUnits.Assignment read = AppendixUnits.assignment(text);

        assertThat(read.leadText()).isEqualTo(lead);
        assertThat(read.coordinatorsText()).isEqualTo(coordinators);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.2 | 1.3 | true
            1.2 | 1.2.1 | true
            1.2 | 2 | true
            1.2.3 | 1.3 | true
            1.2 | 3 | false
            4 | 2025 | false
            7 | 7.2 | false
            """)
    void aNumberFollowedByTextStartsARowOnlyWhenItIsTheNextNumber(String previous, String next, boolean follows) {
        assertThat(TableTextRow.follows(previous, next)).isEqualTo(follows);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            - 100% thủ tục nội bộ được công bố; - Thực hiện rút ngắn 20% thời gian. | 2
            Tối thiểu 60% số cơ quan | 1
            - Báo cáo kết quả; - Kế hoạch kiểm tra | 1
            """)
    void aThresholdCellGivesOneTargetPerBulletThatStatesANumber(String cell, int parts) {
        assertThat(AppendixRows.thresholdParts(cell)).hasSize(parts);
    }
}
