package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.cchc.planimport.read.UnseenPlans.CENTRE;
import static vn.cchc.planimport.read.UnseenPlans.CULTURE;
import static vn.cchc.planimport.read.UnseenPlans.ECONOMY;
import static vn.cchc.planimport.read.UnseenPlans.OFFICE;
import static vn.cchc.planimport.read.UnseenPlans.POLICE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;
import vn.cchc.planimport.DraftArea;
import vn.cchc.planimport.DraftDate;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.ImportDraft;
import vn.cchc.planimport.LineSpan;

/**
 * Plans the reader was not written for (src/test/resources/planimport/plans, in forms the seeds do not use), with
 * expectations counted by hand from the files: the header, every task with its lead and deadline phrase, every
 * target with its threshold, the stated dates; and on every plan, that each item's words are on its own lines.
 */
class UnseenPlansTest {

    @Test
    void aDecisionIssuingThePlanGivesTheDecisionsHeaderAndThePlansTitleAndItsLetteredInlineTasks() {
        ImportDraft d = UnseenPlans.text("a_quyet_dinh_ban_hanh.txt");
        assertThat(d.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN XÃ PHƯỚC SƠN");
        assertThat(d.header().documentNumber()).isEqualTo("215/QĐ-UBND");
        assertThat(d.header().documentDate()).isEqualTo(LocalDate.of(2025, 12, 26));
        assertThat(d.header().title()).isEqualTo("Cải cách hành chính năm 2026 của Ủy ban nhân dân xã Phước Sơn");
        assertThat(d.header().periodCode()).isEqualTo("2026");
        assertThat(d.header().legalBases()).hasSize(3);
        assertThat(d.areas()).extracting(DraftArea::areaCode).containsExactly("I", "III", "IV", "VII");
        assertThat(d.tasks()).extracting(DraftTask::areaCode, DraftTask::code, DraftTask::leadUnitId,
                DraftTask::deadlinePhrase).containsExactly(
                tuple("I", "a", OFFICE, "Tháng 3/2026"),
                tuple("I", "b", CULTURE, "Thường xuyên"),
                tuple("III", "a", CENTRE, "Quý II/2026"),
                tuple("III", "b", CENTRE, "Trước ngày 31/01/2026"),
                tuple("IV", "a", OFFICE, "Tháng 6/2026"),
                tuple("VII", "a", CENTRE, "Trước ngày 30/9/2026"),
                tuple("VII", "b", CULTURE, "Quý I/2026"));
        assertThat(d.tasks().get(5).coordinatorUnitIds()).containsExactly(ECONOMY, POLICE);
        assertThat(d.tasks().get(5).product()).isEqualTo("Kho dữ liệu số hóa");
        // "Triển khai chữ ký số cho 100% cán bộ" is a task's title, not a target
        assertThat(d.targets()).isEmpty();
        assertThat(d.dates()).extracting(DraftDate::date, DraftDate::label).containsExactly(
                tuple(LocalDate.of(2026, 12, 5), "báo cáo kết quả về UBND xã (qua Văn phòng HĐND và UBND xã)"));
        NothingInvented.assertPointsToSource(d);
    }

    @Test
    void targetsOnlyInProseAsLetteredItemsWithThresholdsWrittenManyWays() {
        ImportDraft d = UnseenPlans.text("b_chi_tieu_van_xuoi.txt");
        assertThat(d.header().issuingBody()).isEqualTo("UBND XÃ TÂN HIỆP");
        assertThat(d.header().documentNumber()).isEqualTo("08/KH-UBND");
        assertThat(d.header().title()).isEqualTo("Cải cách hành chính nhà nước xã Tân Hiệp năm 2026");
        assertThat(d.targets()).extracting(DraftTarget::metric, DraftTarget::comparator, DraftTarget::unit,
                DraftTarget::indicatorCode).containsExactly(
                tuple(MetricKind.PERCENT, Comparator.GE, "%", null),
                tuple(MetricKind.PERCENT, Comparator.GE, "%", "ON_TIME_RATE"),
                tuple(MetricKind.PERCENT, Comparator.GE, "%", "FULL_ONLINE_RATE"),
                tuple(MetricKind.PERCENT, Comparator.GT, "%", null),
                tuple(MetricKind.COUNT, Comparator.GE, "cuộc", null),
                tuple(MetricKind.PERCENT, Comparator.GE, "%", "ONLINE_PAYMENT_RATE"),
                tuple(MetricKind.PERCENT, Comparator.GE, "%", "DIGITISATION_RATE"),
                tuple(MetricKind.PERCENT, Comparator.LE, "%", null));
        assertThat(d.targets()).extracting(t -> t.threshold().toPlainString())
                .containsExactly("100", "98", "60", "90", "2", "50", "100", "2");
        // "g) Không để xảy ra …" states no number: a goal, not a target
        assertThat(d.targets()).noneMatch(t -> t.text().startsWith("Không để"));
        assertThat(d.targets().get(6).text())
                .isEqualTo("tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%");
        assertThat(d.tasks()).extracting(DraftTask::leadUnitId, DraftTask::deadlinePhrase).containsExactly(
                tuple(OFFICE, "trong quý I/2026"), tuple(OFFICE, null), tuple(CENTRE, null),
                tuple(CENTRE, "trước ngày 30/6/2026"), tuple(CULTURE, null));
        assertThat(d.tasks()).noneMatch(DraftTask::offered);
        assertThat(d.dates()).extracting(DraftDate::label, DraftDate::date).containsExactly(
                tuple("Các cơ quan gửi báo cáo 6 tháng", LocalDate.of(2026, 6, 10)),
                tuple("báo cáo năm", LocalDate.of(2026, 11, 10)),
                tuple("hồ sơ tự đánh giá Chỉ số CCHC", LocalDate.of(2026, 11, 15)));
        NothingInvented.assertPointsToSource(d);
    }

    @Test
    void dutiesPerDepartmentWithLetteredDutiesAreTheTasksWithTheDeadlinesTheirTextStates() {
        ImportDraft d = UnseenPlans.text("c_nhiem_vu_theo_co_quan.txt");
        assertThat(d.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN XÃ ĐÔNG THẠNH");
        assertThat(d.header().documentDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(d.tasks()).extracting(DraftTask::leadUnitId, DraftTask::deadlinePhrase).containsExactly(
                tuple(OFFICE, "trước ngày 28/02/2026"), tuple(OFFICE, null), tuple(OFFICE, "trong quý III/2026"),
                tuple(CENTRE, null), tuple(CENTRE, "trong tháng 4/2026"), tuple(CENTRE, "chậm nhất ngày 30/10/2026"),
                tuple(CULTURE, null), tuple(CULTURE, null),
                tuple(ECONOMY, "trước ngày 31/12/2026"),
                tuple(POLICE, null), tuple(POLICE, null),
                tuple(null, null));
        assertThat(d.tasks().get(0).title()).isEqualTo("Tham mưu UBND xã ban hành Kế hoạch tuyên truyền cải cách"
                + " hành chính năm 2026, hoàn thành trước ngày 28/02/2026");
        assertThat(d.tasks().get(0).span()).isEqualTo(new LineSpan(19, 20));
        assertThat(d.tasks().get(11).allOtherUnits()).isTrue();
        assertThat(d.tasks()).noneMatch(DraftTask::offered);
        // a duty's due date is its deadline; only the reporting section's dates are stated dates
        assertThat(d.dates()).extracting(DraftDate::label, DraftDate::date).containsExactly(
                tuple("Các cơ quan, đơn vị báo cáo kết quả thực hiện quý I", LocalDate.of(2026, 3, 10)),
                tuple("báo cáo 6 tháng", LocalDate.of(2026, 6, 10)),
                tuple("báo cáo năm", LocalDate.of(2026, 11, 15)));
        assertThat(d.targets()).isEmpty();
        NothingInvented.assertPointsToSource(d);
    }

    static final List<Object> TABLE_TASKS = List.of(
            tuple("I", "1.1", OFFICE, "Tháng 02/2026"),
            tuple("I", "1.2", OFFICE, "Quý III/2026"),
            tuple("III", "2.1", CENTRE, "Trước ngày 30/6/2026"),
            tuple("III", "2.2", CENTRE, "Tháng 10/2026"),
            tuple("IV", "3.1", OFFICE, "Quý II/2026"),
            tuple("VI", "4.1", ECONOMY, "Theo quy định"),
            tuple("VII", "5.1", CENTRE, "Thường xuyên"),
            tuple("VII", "5.2", CULTURE, "Quý I/2026"));

    @Test
    void anInterleavedPdfTableWithItsOwnColumnOrderAndAreasNumberedInItsOwnOrder() {
        ImportDraft d = UnseenPlans.text("d_phu_luc_bang_pdf.txt");
        assertThat(d.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG LONG HƯƠNG");
        assertThat(d.areas()).extracting(DraftArea::areaCode).containsExactly("I", "III", "IV", "VI", "VII");
        assertThat(d.tasks()).extracting(DraftTask::areaCode, DraftTask::code, DraftTask::leadUnitId,
                DraftTask::deadlinePhrase).containsExactlyElementsOf(TABLE_TASKS.stream()
                .map(org.assertj.core.groups.Tuple.class::cast).toList());
        assertThat(d.tasks()).extracting(DraftTask::product).containsExactly("Kế hoạch kiểm tra",
                "Báo cáo kết quả kiểm tra", "Báo cáo rà soát", "Báo cáo khảo sát", "Đề án vị trí việc làm",
                "Văn bản công khai", "Hồ sơ được số hóa", "Văn bản được ký số");
        assertThat(d.tasks().get(5).coordinatorUnitIds()).containsExactly(OFFICE);
        assertThat(d.dates()).extracting(DraftDate::date).containsExactly(LocalDate.of(2026, 12, 5));
        NothingInvented.assertPointsToSource(d);
    }

    @Test
    void lĩnhVựcHeadingsWithNumberedNhiệmVụFormsAreTasksInTheirAreas() {
        ImportDraft d = UnseenPlans.text("e_linh_vuc_nhiem_vu.txt");
        assertThat(d.header().periodCode()).isEqualTo("2026S1");
        assertThat(d.areas()).extracting(DraftArea::areaCode).containsExactly("II", "III", "V", "VII");
        assertThat(d.tasks()).extracting(DraftTask::areaCode, DraftTask::code, DraftTask::leadUnitId,
                DraftTask::deadlinePhrase).containsExactly(
                tuple("II", "1", OFFICE, "Tháng 3/2026"),
                tuple("II", "2", OFFICE, "Tháng 5/2026"),
                tuple("III", "3", CENTRE, "Thường xuyên"),
                tuple("III", "4", CENTRE, "Thường xuyên"),
                tuple("V", "5", OFFICE, "Trước ngày 05 của tháng đầu quý sau"),
                tuple("VII", "6", OFFICE, "Trước ngày 30/6/2026"),
                tuple("VII", "7", CENTRE, "Tháng 4/2026"));
        assertThat(d.tasks().get(2).title()).isEqualTo("Công bố, công khai thủ tục hành chính tại Trung tâm Phục vụ"
                + " hành chính công và trên trang thông tin điện tử của xã");
        assertThat(d.tasks().get(6).coordinatorUnitIds()).containsExactly(POLICE);
        assertThat(d.targets()).extracting(t -> t.threshold().toPlainString(), DraftTarget::indicatorCode)
                .containsExactly(tuple("100", "ON_TIME_RATE"), tuple("70", "ONLINE_RATE"));
        // the task's own "Thời gian: Trước ngày 30/6/2026" is its deadline, not a stated date
        assertThat(d.dates()).extracting(DraftDate::date).containsExactly(LocalDate.of(2026, 6, 10));
        NothingInvented.assertPointsToSource(d);
    }

    @Test
    void eachAreaWithItsOwnTargetsAndTasksAssignedInParentheses() {
        ImportDraft d = UnseenPlans.text("g_muc_tieu_nhiem_vu_tung_linh_vuc.txt");
        assertThat(d.areas()).extracting(DraftArea::areaCode).containsExactly("II", "III", "V", "VII");
        assertThat(d.targets()).extracting(DraftTarget::areaCode, DraftTarget::metric, t -> t.threshold().toPlainString(),
                DraftTarget::unit).containsExactly(
                tuple("II", MetricKind.PERCENT, "100", "%"),
                tuple("II", MetricKind.COUNT, "4", "hội nghị"),
                tuple("III", MetricKind.PERCENT, "98", "%"),
                tuple("III", MetricKind.PERCENT, "95", "%"),
                tuple("V", MetricKind.PERCENT, "100", "%"),
                tuple("VII", MetricKind.PERCENT, "70", "%"),
                tuple("VII", MetricKind.PERCENT, "60", "%"));
        // "đơn giản hóa ít nhất 03 thủ tục hành chính (… chủ trì …)" is a task under "Nhiệm vụ", not a target
        List<DraftTask> stated = d.tasks().stream().filter(t -> !t.offered()).toList();
        assertThat(stated).extracting(DraftTask::areaCode, DraftTask::code, DraftTask::leadUnitId,
                DraftTask::deadlinePhrase).containsExactly(
                tuple("II", "1.2.1", OFFICE, "trong quý II/2026"),
                tuple("II", "1.2.2", CULTURE, "trong quý III/2026"),
                tuple("III", "2.2.1", CENTRE, "thường xuyên"),
                tuple("III", "2.2.2", CENTRE, "trước ngày 30/9/2026"),
                tuple("V", "3.2.1", OFFICE, "trước ngày 15/12/2026"),
                tuple("VII", "4.2.1", CENTRE, "trong tháng 10/2026"),
                tuple("VII", "4.2.2", CULTURE, "trong quý IV/2026"));
        assertThat(stated.get(3).title())
                .isEqualTo("Rà soát, đề xuất phương án đơn giản hóa ít nhất 03 thủ tục hành chính");
        assertThat(stated.get(3).coordinatorUnitIds()).containsExactly(ECONOMY);
        // the duties per unit are offered as well, unticked; the reporting dates in one of them are still stated
        assertThat(d.tasks()).filteredOn(DraftTask::offered).hasSize(3);
        assertThat(d.dates()).extracting(DraftDate::label, DraftDate::date).containsExactly(
                tuple("Các cơ quan, đơn vị Báo cáo kết quả thực hiện cải cách hành chính quý I",
                        LocalDate.of(2026, 3, 12)),
                tuple("6 tháng", LocalDate.of(2026, 6, 12)),
                tuple("9 tháng", LocalDate.of(2026, 9, 12)),
                tuple("năm", LocalDate.of(2026, 11, 12)));
        NothingInvented.assertPointsToSource(d);
    }

    private static final List<Object> APPENDIX_TARGETS = List.of(
            tuple(MetricKind.PERCENT, Comparator.GE, "90", "ON_TIME_RATE", CENTRE),
            tuple(MetricKind.PERCENT, Comparator.GE, "100", null, OFFICE),
            tuple(MetricKind.COUNT, Comparator.GE, "2", null, OFFICE),
            tuple(MetricKind.YES_NO, Comparator.EQ, "1", null, CENTRE),
            tuple(MetricKind.PERCENT, Comparator.GE, "5", null, ECONOMY),
            tuple(MetricKind.PERCENT, Comparator.GE, "45", "ONLINE_PAYMENT_RATE", CENTRE),
            tuple(MetricKind.PERCENT, Comparator.GE, "80", null, OFFICE));

    @Test
    void anAppendixTargetTableWithThresholdsAsCommunesWriteThem() {
        ImportDraft d = UnseenPlans.text("f_phu_luc_chi_tieu.txt");
        assertAppendixTargets(d);
        assertThat(d.targets().get(0).text()).isEqualTo("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn: ≥ 90%");
        assertThat(d.targets().get(3).text()).isEqualTo("Số hồ sơ giải quyết trễ hạn: Không có");
        assertThat(d.targets().get(4).text()).isEqualTo("Chi thường xuyên ngân sách xã: Giảm 5% so với năm 2025");
        assertThat(d.tasks()).extracting(DraftTask::code, DraftTask::leadUnitId, DraftTask::deadlinePhrase)
                .containsExactly(tuple("1.1", CENTRE, "Quý I/2026"), tuple("2.1", OFFICE, "Quý III/2026"));
        assertThat(d.dates()).extracting(DraftDate::label, DraftDate::date).containsExactly(
                tuple("hồ sơ tự đánh giá Chỉ số CCHC gửi Sở Nội vụ", LocalDate.of(2026, 11, 15)));
        NothingInvented.assertPointsToSource(d);
    }

    static void assertAppendixTargets(ImportDraft d) {
        assertThat(d.targets()).extracting(DraftTarget::metric, DraftTarget::comparator,
                t -> t.threshold().toPlainString(), DraftTarget::indicatorCode, DraftTarget::responsibleUnitId)
                .containsExactlyElementsOf(APPENDIX_TARGETS.stream().map(org.assertj.core.groups.Tuple.class::cast)
                        .toList());
        assertThat(d.targets()).extracting(DraftTarget::unit).containsExactly("%", "%", "sáng kiến", null, "%", "%",
                "%");
    }
}
