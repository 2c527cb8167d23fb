package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.parindex.Appraise;
import vn.cchc.parindex.AssessmentItem;
import vn.cchc.parindex.Assessments;
import vn.cchc.parindex.FinaliseAssessment;
import vn.cchc.parindex.Scenes;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** The self-assessment report: ND 30 header, the score table with area and grand totals, the result and grade. */
@IntegrationTest
class ParSelfAssessmentReportTest {

    @Autowired ParDossierScenes dossiers;
    @Autowired Scenes scenes;
    @Autowired Assessments assessments;
    @Autowired Appraise appraising;
    @Autowired FinaliseAssessment finalising;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private XWPFDocument download(vn.cchc.org.CurrentUser who, long id) throws Exception {
        byte[] docx = mvc.perform(get("/parindex/assessments/" + id + "/dossier.docx").with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<List<String>> scoreRows(XWPFDocument doc) {
        XWPFTable table = doc.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
                .toList();
    }

    private static String text(XWPFDocument doc) {
        String paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        String tables = doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
        return paragraphs + "\n" + tables;
    }

    @Test
    void theSubmittedReportCarriesTheHeaderTheScoresPerCriterionTheAreaTotalsAndTheProvisionalGrade() throws Exception {
        ParDossierScenes.Scored s = dossiers.submitted();
        try (XWPFDocument doc = download(s.commune().standingAgency(), s.assessmentId())) {
            String all = text(doc);
            assertThat(all).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:", "/BC-UBND",
                    "BÁO CÁO", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính 6 tháng đầu năm 2026",
                    "ngày 10 tháng 6 năm 2026", "(lần 1)", "Sở Nội vụ;");
            assertThat(Normalizer.isNormalized(all, Normalizer.Form.NFC)).isTrue();
            assertThat(scoreRows(doc)).containsExactly(
                    List.of("STT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự chấm",
                            "Điểm thẩm định", "Ghi chú"),
                    List.of("A1", "MỘT CỬA", "10", "7,5", "", ""),
                    List.of("A1.1", "Đúng hạn", "4", "3", "", ""),
                    List.of("A1.2", "Trực tuyến", "3", "1,5", "", ""),
                    List.of("A1.3", "Sáng kiến", "3", "3", "", ""),
                    List.of("A2", "CHỈ ĐẠO", "10", "7", "", ""),
                    List.of("A2.1", "Quyết định", "2", "2", "", "Đã ban hành"),
                    List.of("A2.2", "Báo cáo", "2", "1", "", "Thiếu báo cáo quý II"),
                    List.of("A2.3", "Kế hoạch", "6", "4", "", ""),
                    List.of("S", "ĐIỀU TRA", "5", "", "", ""),
                    List.of("S.1", "Hài lòng", "5", "", "", ""),
                    List.of("", "TỔNG CỘNG", "25", "14,5", "", ""));
            // 14,5 of the 20 self-scored points = 72,5% → C (A from 90%, B from 80%).
            assertThat(all).contains("Tổng điểm tự đánh giá: 14,5/20 điểm (72,5%); "
                    + "xếp loại (tạm tính theo điểm tự đánh giá): C.");
        }
    }

    @Test
    void afterTheFinalAppraisalTheReportShowsTheAppraisedScoresTheirTotalsAndTheIndexGrade() throws Exception {
        ParDossierScenes.Scored s = dossiers.submitted();
        var c = s.commune();
        AssessmentItem a22 = scenes.row(c, s.assessmentId(), "A2.2").item();
        appraising.appraise(c.appraiser(), a22.id(), BigDecimal.ZERO, "Không có báo cáo quý II", null, a22.version());
        AssessmentItem s1 = scenes.row(c, s.assessmentId(), "S.1").item();
        appraising.appraise(c.appraiser(), s1.id(), new BigDecimal("4"), null, null, s1.version());
        finalising.finalise(c.appraiser(), s.assessmentId(), assessments.assessment(c.appraiser(),
                s.assessmentId()).version());
        try (XWPFDocument doc = download(c.appraiser(), s.assessmentId())) {
            List<List<String>> rows = scoreRows(doc);
            // Untouched criteria keep their self score: A1 7,5; A2 2 + 0 + 4 = 6; survey 4; index 17,5 of 25 = 70%.
            assertThat(rows.get(1)).containsExactly("A1", "MỘT CỬA", "10", "7,5", "7,5", "");
            assertThat(rows.get(5)).containsExactly("A2", "CHỈ ĐẠO", "10", "7", "6", "");
            assertThat(rows.get(7)).containsExactly("A2.2", "Báo cáo", "2", "1", "0", "Thiếu báo cáo quý II");
            assertThat(rows.get(10)).containsExactly("S.1", "Hài lòng", "5", "", "4", "");
            assertThat(rows.get(11)).containsExactly("", "TỔNG CỘNG", "25", "14,5", "17,5", "");
            assertThat(text(doc)).contains("điểm Chỉ số sau thẩm định: 17,5/25 điểm (70%); xếp loại: C.");
        }
    }

    @Test
    void anAssessmentStillInProgressIsReportedFromItsLiveScoresWithoutAnAppraisedColumnFilled() throws Exception {
        ParDossierScenes.Scored s = dossiers.scored();
        try (XWPFDocument doc = download(s.commune().leader(), s.assessmentId())) {
            assertThat(scoreRows(doc).get(11)).containsExactly("", "TỔNG CỘNG", "25", "14,5", "", "");
            assertThat(text(doc)).doesNotContain("(lần 1)");
        }
    }
}
