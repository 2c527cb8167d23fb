package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;
import vn.cchc.planimport.Confidence;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;

class DraftMergeTest {

    private static DraftTarget target(String text, String value, int line) {
        return new DraftTarget("III", "1", text, MetricKind.PERCENT, Comparator.GE, new BigDecimal(value), "%", null,
                null, null, LineSpan.of(line), Confidence.HIGH);
    }

    private static DraftTask task(String title, int first, int last) {
        return new DraftTask("I", "1", title, null, null, null, null, List.of(), false, null, null,
                new LineSpan(first, last), Confidence.MEDIUM);
    }

    @Test
    void aProseTargetTheTableAlsoHasIsCountedOnce() {
        DraftTarget table = target("Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính", "90", 700);
        DraftTarget prose = target("Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt 90%", "90", 67);
        DraftTarget other = target("tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%", "100", 68);
        assertThat(DraftMerge.targets(List.of(table), List.of(prose, other))).containsExactly(table, other);
    }

    @Test
    void anAppendixRowAndTheSentenceStatingTheSameTargetAreOneTarget() {
        DraftTarget table = target("Tỷ lệ cán bộ, công chức đạt chuẩn theo quy định: Trên 90% cán bộ, công chức đạt chuẩn theo quy định", "90", 368);
        DraftTarget prose = target("Trên 90% cán bộ, công chức, viên chức phường đạt chuẩn chức danh, vị trí việc làm và khung năng lực theo quy định", "90", 88);
        DraftTarget online = target("Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến: 100%", "100", 412);
        DraftTarget eResult = target("tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%", "100", 68);
        assertThat(DraftMerge.targets(List.of(table, online), List.of(prose, eResult))).containsExactly(table, online, eResult);
    }

    @Test
    void sameWordsWithAnotherThresholdAreTwoTargets() {
        DraftTarget table = target("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "100", 700);
        DraftTarget prose = target("tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 80%", "80", 68);
        assertThat(DraftMerge.targets(List.of(table), List.of(prose))).containsExactly(table, prose);
    }

    @Test
    void aTaskFromTheSameLinesOrWithTheSameWordsIsDroppedButTwoSimilarTasksOfOneRuleStay() {
        DraftTask table = task("Xây dựng Kế hoạch kiểm soát thủ tục hành chính năm 2025", 100, 104);
        DraftTask sameLines = task("Kế hoạch kiểm soát", 102, 102);
        DraftTask sameWords = task("Xây dựng Kế hoạch kiểm soát thủ tục hành chính năm 2025.", 20, 21);
        DraftTask a = task("Xây dựng Kế hoạch chuyển đổi số 6 tháng cuối năm 2025", 30, 31);
        DraftTask b = task("Xây dựng Kế hoạch chuyển đổi số 6 tháng cuối năm 2025", 40, 41);
        assertThat(DraftMerge.tasks(List.of(table), List.of(sameLines, sameWords, a, b))).containsExactly(table, a, b);
    }
}
