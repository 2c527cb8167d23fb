package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Four communes of one province on the small set, first half of 2026. By hand: "appraised" self-scored 3 + 1,5 + 3
 * + 2 + 2 + 6 = 17,5; the appraiser lowers A2.2 to 1 and gives the survey 5: 16,5 + 5 = 21,5 of 25 = 86% (B).
 * "submitted" self-scored every criterion in full: 20 of 20 = 100% (A, provisional). "in progress" has one proposal,
 * "idle" nothing.
 */
@IntegrationTest
class ProvinceViewTest {

    @Autowired Scenes scenes;
    @Autowired Fixture fixture;
    @Autowired ApproveAndSend approving;
    @Autowired Appraise appraising;
    @Autowired FinaliseAssessment finalising;
    @Autowired ProvinceRanking ranking;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    Fixture.Commune appraised;
    Fixture.Commune submitted;
    Fixture.Commune inProgress;
    Fixture.Commune idle;
    long appraisedId;
    long submittedId;
    long inProgressId;

    @BeforeEach
    void province() {
        appraised = scenes.communeWithSet(Scenes.SMALL_SET);
        submitted = fixture.communeBeside(appraised);
        inProgress = fixture.communeBeside(appraised);
        idle = fixture.communeBeside(appraised);

        appraisedId = scenes.startHalfYear(appraised);
        scoreAll(appraised, appraisedId, "3", "1.5", "2", "2", "6");
        AssessmentItem a22 = scenes.row(appraised, appraisedId, "A2.2").item();
        appraising.appraise(appraised.appraiser(), a22.id(), BigDecimal.ONE, "Thiếu báo cáo quý II", null, a22.version());
        AssessmentItem s1 = scenes.row(appraised, appraisedId, "S.1").item();
        appraising.appraise(appraised.appraiser(), s1.id(), new BigDecimal("5"), null, null, s1.version());
        finalising.finalise(appraised.appraiser(), appraisedId, 1);

        submittedId = scenes.startHalfYear(submitted);
        scoreAll(submitted, submittedId, "4", "3", "2", "2", "6");

        inProgressId = scenes.startHalfYear(inProgress);
        scenes.propose(inProgress, inProgressId, "A2.2", "1", null, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void scoreAll(Fixture.Commune c, long id, String a11, String a12, String a21, String a22, String a23) {
        scenes.scoreAndAccept(c, id, "A1.1", a11, null, null);
        scenes.scoreAndAccept(c, id, "A1.2", a12, null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        scenes.scoreAndAccept(c, id, "A2.1", a21, null, null);
        scenes.scoreAndAccept(c, id, "A2.2", a22, null, null);
        scenes.scoreAndAccept(c, id, "A2.3", a23, null, null);
        approving.approve(c.leader(), id, 0);
    }

    @Test
    void theProvinceSeesEveryCommunesStageTheRankingWithGroupsAndTheSpreadPerArea() throws Exception {
        ProvinceRanking.View view = ranking.view(appraised.appraiser(), "2026S1", java.time.LocalDate.of(2026, 6, 10));
        assertThat(view.lines()).extracting(l -> l.commune().id(), ProvinceRanking.Line::stage, ProvinceRanking.Line::rank,
                        l -> l.score() == null ? null : l.score().doubleValue(), ProvinceRanking.Line::grade)
                .containsExactly(
                        tuple(submitted.id(), ProvinceRanking.Stage.SUBMITTED, 1, 100.0, "A"),
                        tuple(appraised.id(), ProvinceRanking.Stage.APPRAISED, 2, 86.0, "B"),
                        tuple(inProgress.id(), ProvinceRanking.Stage.IN_PROGRESS, 0, null, null),
                        tuple(idle.id(), ProvinceRanking.Stage.NOT_STARTED, 0, null, null));
        assertThat(view.stages().values()).containsExactly(1L, 1L, 1L, 1L);
        assertThat(view.groups()).containsEntry("A", 1L).containsEntry("B", 1L).containsEntry("C", 0L);
        assertThat(view.lines().get(1).selfPercent()).isEqualByComparingTo("87.5");
        // A1: submitted 10/10, appraised 7,5/10; A2: 10/10 and 9/10; the survey only for the appraised commune.
        assertThat(view.areas()).extracting(s -> s.area().code(), s -> s.min().doubleValue(), s -> s.average().doubleValue(),
                        s -> s.max().doubleValue())
                .containsExactly(tuple("A1", 75.0, 87.5, 100.0), tuple("A2", 90.0, 95.0, 100.0), tuple("S", 100.0, 100.0, 100.0));

        String page = mvc.perform(get("/parindex/province").param("period", "2026S1").with(user(appraised.provinceAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã thẩm định").contains("Chưa bắt đầu").contains("86%").contains("87,5%");
        byte[] xlsx = mvc.perform(get("/parindex/province.xlsx").param("period", "2026S1").with(user(appraised.appraiser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Phường thử " + submitted.tag());
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(86.0);
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("B");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void theCommuneSeesItsSelfAndAppraisedScoresSideBySideAndInEnglishToo() throws Exception {
        String page = mvc.perform(get("/parindex/assessments/" + appraisedId).with(user(appraised.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã thẩm định").contains("17,5").contains("21,5").contains("-1").contains("86%");
        String english = mvc.perform(get("/parindex/assessments/" + appraisedId).param("lang", "en")
                        .with(user(appraised.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Appraised score (survey included)").contains("Score history");
        byte[] xlsx = mvc.perform(get("/parindex/assessments/" + appraisedId + "/export.xlsx").with(user(appraised.leader())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var a22 = book.getSheetAt(0).getRow(7);
            assertThat(a22.getCell(0).getStringCellValue()).isEqualTo("A2.2");
            assertThat(a22.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(a22.getCell(6).getNumericCellValue()).isEqualTo(1.0);
            assertThat(a22.getCell(7).getNumericCellValue()).isEqualTo(-1.0);
        }
    }

    @Test
    void nobodyReachesAnotherCommunesOrProvincesAssessment() throws Exception {
        Fixture.Commune elsewhere = scenes.communeWithSet(Scenes.SMALL_SET);
        long item = scenes.row(appraised, appraisedId, "A2.2").item().id();
        long openItem = scenes.row(inProgress, inProgressId, "A1.1").item().id();
        // Another commune of the same province, and another province's appraiser: 404.
        mvc.perform(get("/parindex/assessments/" + appraisedId).with(user(submitted.standingAgency()))).andExpect(status().isNotFound());
        mvc.perform(get("/parindex/items/" + item).with(user(submitted.leader()))).andExpect(status().isNotFound());
        mvc.perform(get("/parindex/assessments/" + appraisedId).with(user(elsewhere.appraiser()))).andExpect(status().isNotFound());
        mvc.perform(post("/parindex/items/" + item + "/appraise").with(csrf()).with(user(elsewhere.appraiser()))
                .param("points", "0").param("comment", "x").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/parindex/items/" + openItem).with(csrf()).with(user(submitted.unitHead()))
                .param("points", "4").param("version", "0")).andExpect(status().isNotFound());
        // The province does not see a commune's work in progress.
        mvc.perform(get("/parindex/assessments/" + inProgressId).with(user(appraised.appraiser()))).andExpect(status().isNotFound());
        // Within the commune: another unit's criterion, and province-only pages.
        mvc.perform(post("/parindex/items/" + openItem).with(csrf()).with(user(inProgress.unitStaff()))
                .param("points", "4").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/parindex/province").with(user(inProgress.standingAgency()))).andExpect(status().isForbidden());
        mvc.perform(post("/parindex/assessments/" + inProgressId + "/approve").with(csrf()).with(user(inProgress.standingAgency()))
                .param("version", "0")).andExpect(status().isForbidden());
        assertThat(scenes.row(inProgress, inProgressId, "A1.1").item().selfPoints()).isNull();
    }
}
