package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;
import vn.cchc.plan.PlanKind;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftArea;
import vn.cchc.planimport.DraftDate;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.ImportDraft;

/**
 * Short plans written the other ways communes write them, for a commune whose units are named differently from the
 * demo ward's: targets only in prose under "Lĩnh vực" headings; duties per department only; arabic-numbered areas
 * with lettered inline forms; and a text that is no plan at all.
 */
class GeneralPlansTest {

    private static final ReadContext OTHER = new ReadContext(UnitMatcherTest.OTHER, 2026, LocalDate.of(2026, 1, 5),
            IndicatorLinksTest.ALL);

    private static final String TARGETS_ONLY = """
            ỦY BAN NHÂN DÂN
            XÃ HÒA AN
            Số: 45/KH-UBND
            Hòa An, ngày 12 tháng 12
            năm 2025
            KẾ HOẠCH
            Cải cách hành chính 6 tháng đầu năm 2026
            Căn cứ Quyết định số 12/QĐ-UBND ngày 05/12/2025 của UBND tỉnh về Kế hoạch cải cách hành chính năm 2026;
            Căn cứ tình hình thực tế của địa phương;
            I. MỤC TIÊU, CHỈ TIÊU
            Lĩnh vực 1: Công tác chỉ đạo, điều hành
            - Ít nhất 50% cơ quan chuyên môn được kiểm tra công tác cải cách hành chính
            Lĩnh vực 3: Cải cách thủ tục hành chính
            - Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%; tỷ lệ hồ sơ trễ hạn dưới 0,5%.
            Lĩnh vực 4: Cải cách tổ chức bộ máy
            - Giảm 01 biên chế so với năm 2025.
            Lĩnh vực 7: Xây dựng chính quyền số
            - Tỷ lệ thanh toán trực tuyến ≥ 60%.
            - Có ít nhất 02 sáng kiến về chuyển đổi số.
            II. TỔ CHỨC THỰC HIỆN
            Các cơ quan, đơn vị gửi báo cáo kết quả về UBND xã (qua Văn phòng) trước ngày 15/6/2026.
            """;

    @Test
    void targetsOnlyInProseUnderLinhVucHeadings() {
        ImportDraft d = PlanReader.read(PastedText.of(TARGETS_ONLY), OTHER);
        assertThat(d.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN XÃ HÒA AN");
        assertThat(d.header().documentNumber()).isEqualTo("45/KH-UBND");
        assertThat(d.header().documentDate()).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(d.header().title()).isEqualTo("Cải cách hành chính 6 tháng đầu năm 2026");
        assertThat(d.header().periodCode()).isEqualTo("2026S1");
        assertThat(d.header().kind()).isEqualTo(PlanKind.HALF_YEAR);
        assertThat(d.header().legalBases()).hasSize(2);
        assertThat(d.areas()).extracting(DraftArea::areaCode).containsExactly("I", "III", "IV", "VII");
        assertThat(d.targets()).extracting(DraftTarget::areaCode, DraftTarget::metric, DraftTarget::comparator,
                        DraftTarget::unit, DraftTarget::indicatorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I", MetricKind.PERCENT, Comparator.GE, "%", null),
                        org.assertj.core.groups.Tuple.tuple("III", MetricKind.PERCENT, Comparator.GE, "%", "ON_TIME_RATE"),
                        org.assertj.core.groups.Tuple.tuple("III", MetricKind.PERCENT, Comparator.LT, "%", null),
                        org.assertj.core.groups.Tuple.tuple("IV", MetricKind.COUNT, Comparator.GE, "biên chế", null),
                        org.assertj.core.groups.Tuple.tuple("VII", MetricKind.PERCENT, Comparator.GE, "%", "ONLINE_PAYMENT_RATE"),
                        org.assertj.core.groups.Tuple.tuple("VII", MetricKind.COUNT, Comparator.GE, "sáng kiến", null));
        assertThat(d.targets()).extracting(t -> t.threshold().stripTrailingZeros().toPlainString())
                .containsExactly("50", "98", "0.5", "1", "60", "2");
        assertThat(d.targets().get(2).text()).isEqualTo("tỷ lệ hồ sơ trễ hạn dưới 0,5%");
        assertThat(d.tasks()).isEmpty();
        assertThat(d.dates()).containsExactly(new DraftDate("Các cơ quan, đơn vị gửi báo cáo kết quả về UBND xã (qua"
                + " Văn phòng)", LocalDate.of(2026, 6, 15), "trước ngày 15/6/2026", new vn.cchc.planimport.LineSpan(21, 21)));
        assertThat(d.notices()).containsExactly("planimport.notice.noTasks");
    }

    private static final String DUTIES_ONLY = """
            UỶ BAN NHÂN DÂN
            PHƯỜNG TÂN LẬP
            KẾ HOẠCH
            Tuyên truyền cải cách hành chính năm 2026
            1. MỤC ĐÍCH, YÊU CẦU
            Nâng cao nhận thức của cán bộ, công chức và Nhân dân về cải cách hành chính.
            2. TỔ CHỨC THỰC HIỆN
            2.1. Văn phòng UBND phường
            - Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử phường, đăng ít nhất 12 bài
            trong năm.
            - Tổng hợp, báo cáo kết quả thực hiện về UBND phường trước ngày 10/12/2026.
            2.2. Phòng Tài chính - Kế hoạch: bố trí kinh phí thực hiện Kế hoạch trong quý I/2026.
            2.3. Trung tâm Văn hóa, Thể thao và Truyền thông
            Phát thanh tin bài về cải cách hành chính hằng tuần trên hệ thống truyền thanh cơ sở.
            2.4. Ban Chỉ huy Quân sự phường
            - Phối hợp tuyên truyền trong lực lượng dân quân.
            """;

    @Test
    void dutiesPerDepartmentAreTheTasksWhenThePlanHasNoOthers() {
        ImportDraft d = PlanReader.read(PastedText.of(DUTIES_ONLY), OTHER);
        assertThat(d.header().issuingBody()).isEqualTo("UỶ BAN NHÂN DÂN PHƯỜNG TÂN LẬP");
        assertThat(d.header().kind()).isEqualTo(PlanKind.PROPAGANDA);
        assertThat(d.header().periodCode()).isEqualTo("2026");
        assertThat(d.tasks()).extracting(DraftTask::leadUnitId).containsExactly(11L, 11L, 12L, 13L, 15L);
        assertThat(d.tasks()).extracting(DraftTask::deadlinePhrase)
                .containsExactly(null, "trước ngày 10/12/2026", "trong quý I/2026", null, null);
        assertThat(d.tasks()).extracting(DraftTask::title).containsExactly(
                "Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử phường, đăng ít nhất 12 bài trong năm",
                "Tổng hợp, báo cáo kết quả thực hiện về UBND phường trước ngày 10/12/2026",
                "bố trí kinh phí thực hiện Kế hoạch trong quý I/2026",
                "Phát thanh tin bài về cải cách hành chính hằng tuần trên hệ thống truyền thanh cơ sở",
                "Phối hợp tuyên truyền trong lực lượng dân quân");
        assertThat(d.tasks()).allMatch(t -> !t.offered() && t.confidence() == Confidence.MEDIUM);
        assertThat(d.tasks().get(0).span()).isEqualTo(new vn.cchc.planimport.LineSpan(9, 10));
        // The due date is the duty's deadline, not a separate stated date.
        assertThat(d.dates()).isEmpty();
        assertThat(d.targets()).isEmpty();
    }

    private static final String NUMBERED_AREAS = """
            KẾ HOẠCH
            Cải cách hành chính năm 2026 của UBND xã Hòa An
            1. MỤC TIÊU
            Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên.
            2. NHIỆM VỤ
            2.1. Cải cách thủ tục hành chính
            a) Rà soát, công bố danh mục thủ tục hành chính
            - Đơn vị chủ trì: Văn phòng UBND xã
            - Đơn vị phối hợp: Phòng TC-KH, các đơn vị liên quan
            - Thời hạn hoàn thành: Quý II/2026
            - Sản phẩm: Quyết định công bố
            b) Niêm yết công khai thủ tục hành chính tại bộ phận một cửa
            - Đơn vị chủ trì: Văn phòng UBND xã
            - Thời hạn hoàn thành: Thường xuyên
            2.2. Xây dựng chính quyền số
            a) Triển khai ký số trên hệ thống quản lý văn bản
            - Đơn vị chủ trì: Phòng Văn hóa và Thông tin
            - Thời hạn hoàn thành: Tháng 6/2026
            3. TỔ CHỨC THỰC HIỆN
            3.1. Phòng Văn hóa và Thông tin
            - Theo dõi, đôn đốc việc thực hiện Kế hoạch.
            """;

    @Test
    void arabicNumberedAreasWithLetteredInlineForms() {
        ImportDraft d = PlanReader.read(PastedText.of(NUMBERED_AREAS), OTHER);
        assertThat(d.header().issuingBody()).isEqualTo("UBND xã Hòa An");
        assertThat(d.header().kind()).isEqualTo(PlanKind.ANNUAL);
        assertThat(d.areas()).extracting(DraftArea::areaCode).containsExactly("III", "VII");
        assertThat(d.targets()).hasSize(1);
        assertThat(d.targets().get(0).indicatorCode()).isEqualTo("ONLINE_RATE");
        assertThat(d.targets().get(0).threshold()).isEqualByComparingTo(new BigDecimal("80"));
        List<DraftTask> tasks = d.tasks();
        assertThat(tasks).extracting(DraftTask::areaCode, DraftTask::code, DraftTask::leadUnitId,
                DraftTask::deadlinePhrase, DraftTask::offered).containsExactly(
                org.assertj.core.groups.Tuple.tuple("III", "a", 11L, "Quý II/2026", false),
                org.assertj.core.groups.Tuple.tuple("III", "b", 11L, "Thường xuyên", false),
                org.assertj.core.groups.Tuple.tuple("VII", "a", 14L, "Tháng 6/2026", false),
                org.assertj.core.groups.Tuple.tuple(null, null, 14L, null, true));
        DraftTask first = tasks.get(0);
        assertThat(first.product()).isEqualTo("Quyết định công bố");
        assertThat(first.coordinatorUnitIds()).containsExactly(12L);
        assertThat(first.allOtherUnits()).isTrue();
        assertThat(first.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(first.span()).isEqualTo(new vn.cchc.planimport.LineSpan(7, 11));
        assertThat(tasks.get(3).confidence()).isEqualTo(Confidence.LOW);
        assertThat(d.notices()).containsExactly("planimport.notice.dutiesOffered");
    }

    @Test
    void aTextThatIsNoPlanGetsNothingAndSaysSo() {
        ImportDraft d = PlanReader.read(PastedText.of("""
                BIÊN BẢN HỌP
                Hôm nay, ngày 05/01/2026, tại hội trường UBND xã, cuộc họp giao ban được tổ chức.
                Thành phần gồm đại diện các phòng, ban chuyên môn.
                """), OTHER);
        assertThat(d.tasks()).isEmpty();
        assertThat(d.targets()).isEmpty();
        assertThat(d.notices()).containsExactly("planimport.notice.nothingFound", "planimport.notice.noTitle");
    }
}
