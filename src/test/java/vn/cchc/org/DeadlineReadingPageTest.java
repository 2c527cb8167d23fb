package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.parindex.Scenes;
import vn.cchc.shared.BeforeReading;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

@IntegrationTest
class DeadlineReadingPageTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired DeadlineReadings readings;
    @Autowired Scenes scenes;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    Fixture.Commune elsewhere;

    @BeforeEach
    void twoProvinces() {
        c = fixture.communeInOwnProvince();
        elsewhere = fixture.communeInOwnProvince();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theProvinceAdminSeesTheDefaultAndChangesIt() throws Exception {
        mvc.perform(get("/org/deadline-reading").with(user(c.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"DAY_BEFORE\" checked")))
                .andExpect(content().string(containsString("hạn chót 14/10/2026")));
        mvc.perform(post("/org/deadline-reading").param("reading", "SAME_DAY").with(user(c.provinceAdmin())).with(csrf()))
                .andExpect(redirectedUrl("/org/deadline-reading"));
        assertThat(readings.ofProvince(c.provinceId())).isEqualTo(BeforeReading.SAME_DAY);
        assertThat(readings.ofCommune(c.id())).isEqualTo(BeforeReading.SAME_DAY);
        mvc.perform(get("/org/deadline-reading").with(user(c.provinceAdmin())))
                .andExpect(content().string(containsString("value=\"SAME_DAY\" checked")));
    }

    @Test
    void anotherProvinceNeitherSeesNorChangesIt() throws Exception {
        mvc.perform(post("/org/deadline-reading").param("reading", "SAME_DAY").with(user(c.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/org/deadline-reading").with(user(elsewhere.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"DAY_BEFORE\" checked")))
                .andExpect(content().string(not(containsString("value=\"SAME_DAY\" checked"))));
        mvc.perform(post("/org/deadline-reading").param("reading", "DAY_BEFORE").with(user(elsewhere.provinceAdmin()))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(readings.ofProvince(c.provinceId())).isEqualTo(BeforeReading.SAME_DAY);
        assertThat(readings.ofProvince(elsewhere.provinceId())).isEqualTo(BeforeReading.DAY_BEFORE);
    }

    @Test
    void communeUsersAndAppraisersAreRefusedAndStoreNothing() throws Exception {
        for (CurrentUser someone : new CurrentUser[] {c.admin(), c.standingAgency(), c.viewer(), c.appraiser()}) {
            mvc.perform(get("/org/deadline-reading").with(user(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/org/deadline-reading").param("reading", "SAME_DAY").with(user(someone)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(readings.ofProvince(c.provinceId())).isEqualTo(BeforeReading.DAY_BEFORE);
    }

    @Test
    void theReportCalendarSaysItsStoredDueDatesInTheProvincesReading() throws Exception {
        mvc.perform(get("/documents/report-types").param("year", "2026").with(user(c.viewer())))
                .andExpect(content().string(containsString("20/03/2026 (trước ngày 21/03/2026)")))
                .andExpect(content().string(containsString("Tỉnh hiểu “Trước ngày X” là hạn chót ngày X−1")));
        mvc.perform(post("/org/deadline-reading").param("reading", "SAME_DAY").with(user(c.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/report-types").param("year", "2026").with(user(c.viewer())))
                .andExpect(content().string(containsString("20/03/2026 (trước ngày 20/03/2026)")))
                .andExpect(content().string(containsString("Tỉnh hiểu “Trước ngày X” là hạn chót đúng ngày X.")));
    }

    @Test
    void theParSelfAssessmentDeadlineIsSaidInTheSameReading() throws Exception {
        Fixture.Commune p = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(p);
        // The set's half-year deadline 21/06 is a due date: "trước ngày 22/06" by default, "trước ngày 21/06" else.
        mvc.perform(get("/parindex/assessments/" + id).with(user(p.standingAgency())))
                .andExpect(content().string(containsString("21/06/2026 (trước ngày 22/06/2026)")));
        mvc.perform(post("/org/deadline-reading").param("reading", "SAME_DAY").with(user(p.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/parindex").with(user(p.standingAgency())))
                .andExpect(content().string(containsString("21/06/2026 (trước ngày 21/06/2026)")));
    }

    @Test
    void saveWithoutAChoiceIsRefusedOnTheForm() throws Exception {
        mvc.perform(post("/org/deadline-reading").with(user(c.provinceAdmin())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chọn một cách hiểu.")));
        assertThat(readings.ofProvince(c.provinceId())).isEqualTo(BeforeReading.DAY_BEFORE);
    }
}
