package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.registers.RegisterSummary;
import vn.cchc.shared.Formats;

/** Section I's sentences on the registers, from hand-made summaries, in Vietnamese number format. */
class RegisterLinesTest {

    private final RegisterLines lines = new RegisterLines(Formats.vietnamese());

    @Test
    void everyRegisterWithEntriesHasItsSentenceInTheOutlinesOrderNamingItsSource() {
        // 4 inspections, 2 of 3 active units; 5 findings, 2 fixed (1 on time), 2 overdue; initiatives 2/2/1;
        // 2 dialogues and 1 conference; 1.250 articles of 2 units
        assertThat(lines.of(new RegisterSummary(4, 2, 3, 5, 2, 1, 2, 2, 2, 1, 2, 1, 1250, 2))).containsExactly(
                "Kiểm tra CCHC: tổ chức 4 cuộc kiểm tra, đã kiểm tra 2/3 đơn vị (66,67%); phát hiện 5 vấn đề, đã khắc"
                        + " phục 2 (đúng hạn 1), quá hạn chưa khắc phục 2 (theo Sổ theo dõi kiểm tra CCHC).",
                "Tuyên truyền CCHC: 1.250 tin, bài của 2 đơn vị (theo Sổ theo dõi tuyên truyền CCHC).",
                "Sáng kiến, mô hình mới: đề xuất 2, đưa vào áp dụng 2, được công nhận 1 (theo Sổ theo dõi sáng kiến,"
                        + " mô hình mới).",
                "Đối thoại: tổ chức 2 cuộc đối thoại với người dân, doanh nghiệp và 1 hội nghị về CCHC (theo Sổ theo"
                        + " dõi đối thoại).");
    }

    @Test
    void emptyRegistersLeaveOnlyTheInspectionSentenceWhoseZeroCoverageIsAFact() {
        assertThat(lines.of(new RegisterSummary(0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).containsExactly(
                "Kiểm tra CCHC: tổ chức 0 cuộc kiểm tra, đã kiểm tra 0/5 đơn vị (0%); phát hiện 0 vấn đề, đã khắc"
                        + " phục 0 (đúng hạn 0), quá hạn chưa khắc phục 0 (theo Sổ theo dõi kiểm tra CCHC).");
    }

    @Test
    void aConferenceAloneIsNamedAloneAndNoActiveUnitGivesNoPercentage() {
        assertThat(lines.of(new RegisterSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0))).containsExactly(
                "Kiểm tra CCHC: tổ chức 0 cuộc kiểm tra, đã kiểm tra 0/0 đơn vị; phát hiện 0 vấn đề, đã khắc phục 0"
                        + " (đúng hạn 0), quá hạn chưa khắc phục 0 (theo Sổ theo dõi kiểm tra CCHC).",
                "Đối thoại: tổ chức 1 hội nghị về CCHC (theo Sổ theo dõi đối thoại).");
    }
}
