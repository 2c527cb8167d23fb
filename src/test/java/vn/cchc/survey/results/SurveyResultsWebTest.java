package vn.cchc.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.survey.SurveyRows;

/**
 * The results page, its two exports and the review of flagged responses over {@link SurveyRows}: every commune role
 * reads, only the standing agency and the commune admin review, another commune's ids are not found.
 */
@IntegrationTest
class SurveyResultsWebTest {

    @Autowired Fixture fixture;
    @Autowired SurveyRows surveyRows;
    @Autowired SurveyFigures figures;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    SurveyRows.Rows rows;

    @BeforeEach
    void responses() {
        c = fixture.communeInOwnProvince();
        rows = surveyRows.insert(c);
    }

    @Test
    void theViewerSeesNovembersFiguresInVietnameseWithTheSmallSampleWarning() throws Exception {
        mvc.perform(get("/survey/results").with(user(c.viewer())).param("period", "2026M11"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("67,5%")))
                .andExpect(content().string(Matchers.containsString("60%")))
                .andExpect(content().string(Matchers.containsString("83,3%")))
                .andExpect(content().string(Matchers.containsString("Mẫu nhỏ: n = 5 &lt; 30, kết quả chưa đủ tin cậy.")))
                .andExpect(content().string(Matchers.containsString("điểm %")))
                .andExpect(content().string(Matchers.containsString("Quầy 1")));
    }

    @Test
    void aPeriodWithoutResponsesSaysSo() throws Exception {
        mvc.perform(get("/survey/results").with(user(c.unitStaff())).param("period", "2026M09"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa có phiếu trả lời nào")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("survey-elements"))));
    }

    @Test
    void anotherCommunesSurveyIsNotFoundOnThePageAndTheExports() throws Exception {
        Fixture.Commune other = fixture.communeBeside(c);
        String survey = Long.toString(rows.surveyId());
        mvc.perform(get("/survey/results").with(user(other.viewer())).param("survey", survey))
                .andExpect(status().isNotFound());
        mvc.perform(get("/survey/results.xlsx").with(user(other.viewer())).param("survey", survey))
                .andExpect(status().isNotFound());
        mvc.perform(get("/survey/responses.xlsx").with(user(other.viewer())).param("survey", survey))
                .andExpect(status().isNotFound());
    }

    @Test
    void excludingAFlaggedResponseTakesItOutOfTheFiguresAndRecordsTheReviewer() throws Exception {
        mvc.perform(post("/survey/responses/" + rows.r(6) + "/review").with(user(c.standingAgency())).with(csrf())
                        .param("decision", "EXCLUDE").param("period", "2026M11"))
                .andExpect(status().is3xxRedirection());
        // without r6: ACCESS 5,4,3,2 → 2/4; RESULT 4,2,5 → 2/3; (50 + 66,67) / 2
        assertThat(figures.figures(c.id(), SurveyFiguresTest.NOVEMBER, Filter.ALL).overall().percent())
                .isEqualByComparingTo("58.33");
        assertThat(jdbc.sql("select review || ' ' || reviewed_by from survey_response where id = ?")
                .param(rows.r(6)).query(String.class).single())
                .isEqualTo("EXCLUDED " + c.standingAgency().id());
        // keeping r5 brings it back: ACCESS 5,4,3,2,1 → 2/5; RESULT 4,2,5,1 → 2/4; (40 + 50) / 2
        mvc.perform(post("/survey/responses/" + rows.r(5) + "/review").with(user(c.admin())).with(csrf())
                        .param("decision", "KEEP"))
                .andExpect(status().is3xxRedirection());
        assertThat(figures.figures(c.id(), SurveyFiguresTest.NOVEMBER, Filter.ALL).overall().percent())
                .isEqualByComparingTo("45.0");
    }

    @Test
    void onlyTheStandingAgencyAndTheAdminReviewAndOnlyTheirCommunesFlaggedResponses() throws Exception {
        mvc.perform(post("/survey/responses/" + rows.r(6) + "/review").with(user(c.viewer())).with(csrf())
                .param("decision", "EXCLUDE")).andExpect(status().isForbidden());
        mvc.perform(get("/survey/responses").with(user(c.viewer()))).andExpect(status().isForbidden());
        Fixture.Commune other = fixture.communeBeside(c);
        mvc.perform(post("/survey/responses/" + rows.r(6) + "/review").with(user(other.standingAgency())).with(csrf())
                .param("decision", "EXCLUDE")).andExpect(status().isNotFound());
        // r1 is not flagged: there is nothing to review
        mvc.perform(post("/survey/responses/" + rows.r(1) + "/review").with(user(c.standingAgency())).with(csrf())
                .param("decision", "EXCLUDE")).andExpect(status().isNotFound());
        mvc.perform(post("/survey/responses/" + rows.r(6) + "/review").with(user(c.standingAgency())).with(csrf())
                .param("decision", "DELETE")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from survey_response where commune_id = ? and review = 'NONE' and flags <> ''")
                .param(c.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theReviewListNamesTheReasonsInWords() throws Exception {
        mvc.perform(get("/survey/responses").with(user(c.standingAgency())).param("period", "2026M11"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Gửi quá nhanh sau khi mở phiếu")))
                .andExpect(content().string(Matchers.containsString("Chọn cùng một mức cho mọi câu hỏi")))
                .andExpect(content().string(Matchers.containsString("Đã loại")));
    }

    @Test
    void theRawExportHasOneAnonymousRowPerResponseAndOneColumnPerItem() throws Exception {
        byte[] xlsx = mvc.perform(get("/survey/responses.xlsx").with(user(c.viewer())).param("period", "2026M11"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> table = table(book, 0);
            assertThat(table.get(0)).containsExactly("Số phiếu", "Ngày trả lời", "Hình thức", "Điểm khảo sát",
                    "Đơn vị", "Lĩnh vực", "Dấu hiệu bất thường", "Xem xét", "E1", "E2", "S1", "S2", "D1", "T1");
            assertThat(table).hasSize(1 + 6);
            assertThat(table.get(1)).containsExactly(Long.toString(rows.r(1)), "03/11/2026", "Trực tuyến (mã QR)",
                    "Quầy 1", "Trung tâm Phục vụ hành chính công", "Hộ tịch", "", "Chưa xem xét",
                    "1", "1; 3", "5", "4", "3", "Nhanh, gọn");
            assertThat(table.get(6).get(6)).isEqualTo("Gửi quá nhanh sau khi mở phiếu");
            assertThat(new String(xlsx, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("hash-of-a-device");
        }
    }

    @Test
    void theAggregatesExportHasTheOverallPartsElementsAndBreakdowns() throws Exception {
        byte[] xlsx = mvc.perform(get("/survey/results.xlsx").with(user(c.leader())).param("period", "2026M11"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> overall = table(book, 0);
            assertThat(overall.get(1).subList(0, 4)).containsExactly("Chỉ số hài lòng chung", "", "67.50", "5");
            assertThat(overall.get(3).subList(0, 3)).containsExactly("Yếu tố", "Tiếp cận dịch vụ", "60.00");
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(table(book, 1).get(1).subList(1, 3)).containsExactly("Trung tâm Phục vụ hành chính công", "83.33");
        }
    }

    static List<List<String>> table(XSSFWorkbook book, int sheet) {
        DataFormatter f = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : book.getSheetAt(sheet)) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : f.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
