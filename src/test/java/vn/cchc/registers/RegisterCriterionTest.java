package vn.cchc.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.org.CurrentUser;
import vn.cchc.parindex.Scenes;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * A PAR count criterion read from the initiatives register ({@code indicator:INITIATIVES_RECOGNISED; min:2;
 * partial}, 3 points) on a real assessment of the first half of 2026, as of 10/06/2026. By hand: one initiative
 * recognised in the half year proposes 3 × 1/2 = 1,5 points; the second makes it 3; one recognised in 2025 and
 * another commune's never count.
 */
@IntegrationTest
class RegisterCriterionTest {

    static final String SET = Scenes.SMALL_SET.replace("\"rule\": \"min:1; per-unit; partial\"",
            "\"rule\": \"indicator:INITIATIVES_RECOGNISED; min:2; partial\"");

    @Autowired Scenes scenes;
    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCriterionProposesPointsFromTheRecognisedInitiativesAndShowsItsSource() throws Exception {
        assertThat(SET).contains("INITIATIVES_RECOGNISED"); // the replacement above found its rule
        Fixture.Commune c = scenes.communeWithSet(SET);
        Fixture.Commune other = fixture.commune();
        long assessment = scenes.startHalfYear(c);
        long item = scenes.row(c, assessment, "A1.3").item().id();
        initiative(c.standingAgency(), c.officeUnit(), "01/03/2025", "01/12/2025");
        initiative(c.standingAgency(), c.officeUnit(), "05/01/2026", "15/04/2026");
        initiative(other.standingAgency(), other.officeUnit(), "05/01/2026", "20/04/2026");

        String page = itemPage(c, item);
        assertThat(page).contains("— số đếm lấy từ: Số sáng kiến, mô hình mới được công nhận")
                .contains("Dữ liệu hiện tại đề xuất 1,5 điểm")
                .contains("(số liệu 1, 6 tháng đầu năm 2026)")
                .doesNotContain("id=\"count\"");
        assertThat(forecastPage(c)).contains("Số đếm 1 chưa đạt mức ≥ 2");

        initiative(c.standingAgency(), c.centreUnit(), "01/02/2026", "10/05/2026");
        assertThat(itemPage(c, item)).contains("Dữ liệu hiện tại đề xuất 3 điểm").contains("(số liệu 2, 6 tháng đầu năm 2026)");
        assertThat(forecastPage(c)).doesNotContain("Số đếm");

        // The standing agency takes the data's points; a count typed into the form is not the register's and is not kept.
        mvc.perform(multipart("/parindex/items/" + item).with(csrf()).with(user(c.standingAgency()))
                        .param("version", String.valueOf(scenes.row(c, assessment, "A1.3").item().version()))
                        .param("count", "9").param("comment", "Theo sổ sáng kiến"))
                .andExpect(status().is3xxRedirection());
        assertThat(scenes.row(c, assessment, "A1.3").item().selfPoints()).isEqualByComparingTo(new BigDecimal("3"));
        assertThat(scenes.row(c, assessment, "A1.3").item().countValue()).isNull();
        assertThat(scenes.row(c, assessment, "A1.3").item().computedFigure()).isEqualByComparingTo(new BigDecimal("2"));
    }

    private String itemPage(Fixture.Commune c, long item) throws Exception {
        return mvc.perform(get("/parindex/items/" + item).with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String forecastPage(Fixture.Commune c) throws Exception {
        return mvc.perform(get("/parindex/forecast").with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void initiative(CurrentUser who, long unit, String proposed, String recognised) throws Exception {
        mvc.perform(post("/registers/initiatives").with(csrf()).with(user(who)).param("title", "Sáng kiến " + proposed)
                        .param("unitId", String.valueOf(unit)).param("proposedOn", proposed)
                        .param("recognisedOn", recognised).param("recognisedBy", "UBND phường")
                        .param("decisionNumber", "12/QĐ-UBND"))
                .andExpect(status().is3xxRedirection());
    }
}
