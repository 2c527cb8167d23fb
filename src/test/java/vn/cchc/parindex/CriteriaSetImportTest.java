package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** Criteria sets come in whole or not at all, with every problem listed; they go out and back unchanged. */
@IntegrationTest
class CriteriaSetImportTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired CriteriaSets sets;
    @Autowired JdbcClient jdbc;

    private String importing(Fixture.Commune c, String name, byte[] body, int expectedStatus) throws Exception {
        return mvc.perform(multipart("/parindex/sets/import").file(new MockMultipartFile("file", name, null, body))
                        .with(csrf()).with(user(c.provinceAdmin())))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
    }

    private long setsOf(Fixture.Commune c) {
        return jdbc.sql("select count(*) from criteria_set where province_id = ?").param(c.provinceId()).query(Long.class).single();
    }

    private static byte[] json(String criteria) {
        return ("{\"code\": \"X\", \"title\": \"Bộ lỗi\", \"year\": 2026, \"criteria\": [" + criteria + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theExampleSetHasEightAreasOfOneHundredPointsAndIsMarkedAsAnExample() {
        Fixture.Commune c = fixture.communeInOwnProvince();
        CriteriaSet set = sets.set(c.provinceAdmin(), sets.loadExample(c.provinceAdmin()));
        CriteriaTree tree = sets.tree(set);
        assertThat(set.example()).isTrue();
        assertThat(set.title()).contains("VÍ DỤ");
        assertThat(tree.areas()).hasSize(8);
        assertThat(tree.totalPoints()).isEqualByComparingTo("100");
        assertThat(set.surveyPoints()).isEqualByComparingTo("20");
        assertThat(tree.leaves()).hasSize(41);
        assertThat(tree.leaves()).extracting(CriteriaNode::method).contains(ScoringMethod.values());
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryProblemAndItsRow() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        String page = importing(c, "loi.json", json("""
                {"code": "1", "title": "Lĩnh vực", "maxPoints": 5},
                {"code": "1.1", "parent": "1", "title": "A", "maxPoints": 2, "method": "YESNO"},
                {"code": "1.1", "parent": "1", "title": "B", "maxPoints": 3, "method": "YESNO"},
                {"code": "1.2", "parent": "9", "title": "C", "maxPoints": 1, "method": "YESNO"},
                {"code": "1.3", "parent": "1", "title": "D", "maxPoints": 4, "method": "LADDER", "rule": "indicator:ON_TIME_RATE; >=99:5"},
                {"code": "2", "parent": "3", "title": "Vòng", "maxPoints": 1},
                {"code": "3", "parent": "2", "title": "Vòng", "maxPoints": 1}
                """), 422);
        assertThat(page).contains("Không nhập tệp loi.json: 5 lỗi, chưa có gì được lưu.")
                .contains("Dòng 3 (1.1):").contains("Mã 1.1 trùng với dòng 2.")
                .contains("Dòng 4 (1.2):").contains("Mã cha 9 không có trong tệp.")
                .contains("Dòng 5 (1.3):").contains("Mức 5 điểm vượt quá điểm tối đa 4.")
                .contains("Các tiêu chí là cha của nhau theo vòng: 2 → 3 → 2.")
                .contains("Điểm tối đa 5 khác tổng điểm các tiêu chí con (6).");
        assertThat(setsOf(c)).isZero();
    }

    @Test
    void brokenEmptyAndNonSpreadsheetFilesAreRefusedInTheUsersLanguage() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        assertThat(importing(c, "hong.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, 422))
                .contains("Tệp XLSX bị hỏng hoặc không phải tệp Excel.");
        assertThat(importing(c, "hong.json", "{\"code\": \"X\",\n \"criteria\": [".getBytes(StandardCharsets.UTF_8), 422))
                .contains("Tệp JSON bị lỗi cú pháp (quanh dòng 2).");
        assertThat(importing(c, "rong.json", new byte[0], 422)).contains("Chưa chọn tệp hoặc tệp rỗng.");
        assertThat(importing(c, "sai.json", json(""), 422)).contains("Tệp không có tiêu chí nào.");
        assertThat(setsOf(c)).isZero();
    }

    @Test
    void onlyTheProvinceAdminImportsAndNobodyElsesProvinceSetIsVisible() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        Fixture.Commune other = fixture.communeInOwnProvince();
        mvc.perform(multipart("/parindex/sets/import").file(new MockMultipartFile("file", "a.json", null, json("")))
                .with(csrf()).with(user(c.appraiser()))).andExpect(status().isForbidden());
        mvc.perform(post("/parindex/sets/example").with(csrf()).with(user(c.standingAgency()))).andExpect(status().isForbidden());
        long id = sets.loadExample(c.provinceAdmin());
        mvc.perform(get("/parindex/sets/" + id).with(user(other.provinceAdmin()))).andExpect(status().isNotFound());
        mvc.perform(post("/parindex/sets/" + id + "/publish").with(csrf()).with(user(other.provinceAdmin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anExportedSetComesBackIdenticalAsANewVersionFromXlsxAndFromJson() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long id = sets.loadExample(c.provinceAdmin());
        CriteriaDraft original = sets.draftOf(c.provinceAdmin(), id);
        byte[] xlsx = mvc.perform(get("/parindex/sets/" + id + "/export.xlsx").with(user(c.provinceAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] jsonFile = mvc.perform(get("/parindex/sets/" + id + "/export.json").with(user(c.provinceAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        long fromXlsx = sets.importFile(c.provinceAdmin(), "bo.xlsx", xlsx);
        long fromJson = sets.importFile(c.provinceAdmin(), "bo.json", jsonFile);
        assertThat(sets.set(c.provinceAdmin(), fromXlsx).version()).isEqualTo(2);
        assertThat(sets.set(c.provinceAdmin(), fromJson).version()).isEqualTo(3);
        for (long copy : new long[] {fromXlsx, fromJson}) {
            CriteriaDraft back = sets.draftOf(c.provinceAdmin(), copy);
            assertThat(back.criteria()).usingRecursiveFieldByFieldElementComparator(
                            org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                    .containsExactlyElementsOf(original.criteria());
            assertThat(back.surveyPoints()).isEqualByComparingTo("20");
            assertThat(back.example()).isTrue();
        }
    }

    @Test
    void publishingRetiresTheYearsActiveSetWhichThenOnlyChangesThroughANewVersion() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long first = sets.loadExample(c.provinceAdmin());
        sets.publish(c.provinceAdmin(), first);
        long second = sets.newVersion(c.provinceAdmin(), first);
        CriteriaNode leaf = sets.tree(sets.set(c.provinceAdmin(), second)).nodes().stream()
                .filter(n -> n.code().equals("1.1.2")).findFirst().orElseThrow();

        mvc.perform(post("/parindex/sets/" + first + "/nodes/" + leaf.id()).with(csrf()).with(user(c.provinceAdmin()))
                .param("title", "Sửa").param("maxPoints", "3")).andExpect(status().isNotFound());
        CriteriaNode activeLeaf = sets.tree(sets.set(c.provinceAdmin(), first)).nodes().stream()
                .filter(n -> n.code().equals("1.1.2")).findFirst().orElseThrow();
        mvc.perform(post("/parindex/sets/" + first + "/nodes/" + activeLeaf.id()).with(csrf()).with(user(c.provinceAdmin()))
                .param("title", "Sửa").param("maxPoints", "3")).andExpect(status().isConflict());

        // 1.1.2 from 3 to 4 points: criterion 1.1 becomes 5, area 1 becomes 13, the set 101.
        mvc.perform(post("/parindex/sets/" + second + "/nodes/" + leaf.id()).with(csrf()).with(user(c.provinceAdmin()))
                .param("title", "Mức độ thực hiện kế hoạch").param("maxPoints", "4").param("rule", "tasks; full:100")
                .param("evidence", "Báo cáo").param("unitKind", "STANDING")).andExpect(status().is3xxRedirection());
        CriteriaTree tree = sets.tree(sets.set(c.provinceAdmin(), second));
        assertThat(tree.nodes()).filteredOn(n -> n.code().equals("1.1") || n.code().equals("1"))
                .extracting(CriteriaNode::maxPoints).map(BigDecimal::intValue).containsExactly(13, 5);
        assertThat(tree.totalPoints()).isEqualByComparingTo("101");
        // A ladder step above the criterion's maximum is refused and nothing changes.
        CriteriaNode ladder = tree.nodes().stream().filter(n -> n.code().equals("3.3")).findFirst().orElseThrow();
        String page = mvc.perform(post("/parindex/sets/" + second + "/nodes/" + ladder.id()).with(csrf())
                        .with(user(c.provinceAdmin())).param("title", "Đúng hạn").param("maxPoints", "4")
                        .param("rule", "indicator:ON_TIME_RATE; >=99:6"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mức 6 điểm vượt quá điểm tối đa 4.");

        sets.publish(c.provinceAdmin(), second);
        assertThat(sets.set(c.provinceAdmin(), first).status()).isEqualTo(CriteriaSet.SetStatus.RETIRED);
        assertThat(sets.set(c.provinceAdmin(), second).status()).isEqualTo(CriteriaSet.SetStatus.ACTIVE);
    }
}
