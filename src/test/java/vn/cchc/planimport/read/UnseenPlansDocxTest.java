package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.planimport.DraftArea;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.ImportDraft;

/** Two of the unseen plans as DOCX files with real tables: the same items as from their text. */
class UnseenPlansDocxTest {

    @Test
    void theSameTableAsDocxGivesTheSameTasks() {
        ImportDraft d = UnseenPlans.docx("d_phu_luc_bang_pdf.txt", UnseenPlanDocx.of("d_phu_luc_bang_pdf.txt",
                "STT ", List.of(
                        new String[] {"STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                "Thời gian hoàn thành", "Sản phẩm"},
                        new String[] {"1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"},
                        new String[] {"1.1", "Xây dựng Kế hoạch kiểm tra cải cách hành chính năm 2026",
                                "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "Tháng 02/2026",
                                "Kế hoạch kiểm tra"},
                        new String[] {"1.2", "Tổ chức kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị",
                                "Văn phòng HĐND và UBND phường", "Các cơ quan, đơn vị liên quan", "Quý III/2026",
                                "Báo cáo kết quả kiểm tra"},
                        new String[] {"2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"},
                        new String[] {"2.1", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính",
                                "Trung tâm Phục vụ hành chính công", "Phòng Kinh tế", "Trước ngày 30/6/2026",
                                "Báo cáo rà soát"},
                        new String[] {"2.2", "Khảo sát mức độ hài lòng của người dân, tổ chức",
                                "Trung tâm Phục vụ hành chính công", "Phòng Văn hóa - Xã hội", "Tháng 10/2026",
                                "Báo cáo khảo sát"},
                        new String[] {"3", "CẢI CÁCH TỔ CHỨC BỘ MÁY"},
                        new String[] {"3.1", "Rà soát, sắp xếp vị trí việc làm của các cơ quan chuyên môn",
                                "Văn phòng HĐND và UBND phường", "Các cơ quan chuyên môn", "Quý II/2026",
                                "Đề án vị trí việc làm"},
                        new String[] {"4", "CẢI CÁCH TÀI CHÍNH CÔNG"},
                        new String[] {"4.1", "Công khai dự toán, quyết toán ngân sách phường", "Phòng Kinh tế",
                                "Văn phòng HĐND và UBND phường", "Theo quy định", "Văn bản công khai"},
                        new String[] {"5", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ"},
                        new String[] {"5.1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                                "Trung tâm Phục vụ hành chính công", "Công an phường", "Thường xuyên",
                                "Hồ sơ được số hóa"},
                        new String[] {"5.2", "Triển khai ký số trên hệ thống quản lý văn bản", "Phòng Văn hóa - Xã hội",
                                "Các cơ quan chuyên môn", "Quý I/2026", "Văn bản được ký số"})));
        assertThat(d.areas()).extracting(DraftArea::areaCode).containsExactly("I", "III", "IV", "VI", "VII");
        assertThat(d.tasks()).extracting(DraftTask::areaCode, DraftTask::code, DraftTask::leadUnitId,
                DraftTask::deadlinePhrase).containsExactlyElementsOf(UnseenPlansTest.TABLE_TASKS.stream()
                .map(org.assertj.core.groups.Tuple.class::cast).toList());
        NothingInvented.assertPointsToSource(d);
    }


    @Test
    void theSameTargetTableAsDocxGivesTheSameTargets() {
        ImportDraft d = UnseenPlans.docx("f_phu_luc_chi_tieu.txt", UnseenPlanDocx.of("f_phu_luc_chi_tieu.txt",
                "STT", List.of(
                        new String[] {"STT", "Chỉ tiêu", "Chỉ tiêu năm 2026", "Đơn vị chủ trì"},
                        new String[] {"1", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "≥ 90%",
                                "Trung tâm Phục vụ hành chính công"},
                        new String[] {"2", "Tỷ lệ văn bản quy phạm pháp luật được kiểm tra, rà soát", "100%",
                                "Văn phòng HĐND và UBND xã"},
                        new String[] {"3", "Sáng kiến cải cách hành chính được công nhận", "Tối thiểu 02 sáng kiến",
                                "Văn phòng HĐND và UBND xã"},
                        new String[] {"4", "Số hồ sơ giải quyết trễ hạn", "Không có",
                                "Trung tâm Phục vụ hành chính công"},
                        new String[] {"5", "Chi thường xuyên ngân sách xã", "Giảm 5% so với năm 2025", "Phòng Kinh tế"},
                        new String[] {"6", "Tỷ lệ hồ sơ thanh toán trực tuyến", "Từ 45% trở lên",
                                "Trung tâm Phục vụ hành chính công"},
                        new String[] {"7", "Tỷ lệ cán bộ, công chức được bồi dưỡng chuyên môn, nghiệp vụ",
                                "Ít nhất 80%", "Văn phòng HĐND và UBND xã"})));
        UnseenPlansTest.assertAppendixTargets(d);
        assertThat(d.tasks()).hasSize(2);
        NothingInvented.assertPointsToSource(d);
    }
}
