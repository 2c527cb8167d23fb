package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.plan.PlanService;
import vn.cchc.progress.ReportService;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/** The hub, the list and the report page: who may open them, and that a refused save keeps what was typed. */
@IntegrationTest
class PeriodicReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    PeriodicReportScene scene;
    String page;

    @BeforeEach
    void scene() {
        scene = new PeriodicReportScene(fixture, plans, reports, clock, jdbc, planService);
        page = "/documents/periodic/" + scene.planId + "/QUARTER_1";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDocumentMakersSeeTheHubTheListWithDueDatesAndTheDraft() throws Exception {
        mvc.perform(get("/documents").with(user(scene.c.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/documents/periodic\"")));
        mvc.perform(get("/documents/periodic").with(user(scene.c.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("quý III năm 2026")))
                .andExpect(content().string(containsString("20/09/2026")))
                .andExpect(content().string(containsString("15/06/2026 – 14/09/2026")));
        mvc.perform(get(page).with(user(scene.c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã rà soát 5 văn bản quy phạm pháp luật")))
                .andExpect(content().string(containsString("Số liệu từ 15/12/2025 đến 14/03/2026; hạn gửi 20/03/2026.")));
    }

    @Test
    void aPlanThatReportsMonthlyAlsoHasAReportForEachMonthWithItsOwnWindow() throws Exception {
        String monthly = "/documents/periodic/" + scene.planId + "/MONTH_02";
        mvc.perform(get("/documents/periodic").with(user(scene.c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(monthly + "\"")))
                .andExpect(content().string(containsString("/documents/periodic/" + scene.planId + "/MONTH_12\"")))
                .andExpect(content().string(containsString("tháng 2 năm 2026")));
        // The inferred monthly default: from the 15th of the previous month to the 14th, due the 20th.
        mvc.perform(get(monthly).with(user(scene.c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo kết quả công tác CCHC tháng 2 năm 2026")))
                .andExpect(content().string(containsString("Số liệu từ 15/01/2026 đến 14/02/2026; hạn gửi 20/02/2026.")));
        byte[] docx = mvc.perform(get(monthly + "/report.docx").with(user(scene.c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DocxReader.of(docx).text())
                .contains("Kết quả công tác cải cách hành chính tháng 2 năm 2026");
        long quarterly = plans.issuedPlan(scene.c.standingAgency(), "2026", vn.cchc.calendar.PeriodType.QUARTER);
        mvc.perform(get("/documents/periodic/" + quarterly + "/MONTH_02").with(user(scene.c.standingAgency())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/periodic/" + scene.planId + "/MONTH_13").with(user(scene.c.standingAgency())))
                .andExpect(status().isNotFound());
    }

    @Test
    void othersAreRefusedAndAnotherCommunesPlanIsNotFound() throws Exception {
        mvc.perform(get(page).with(user(scene.c.unitStaff()))).andExpect(status().isForbidden());
        mvc.perform(get("/documents").with(user(scene.c.viewer()))).andExpect(status().isForbidden());
        Fixture.Commune other = fixture.commune();
        mvc.perform(get(page).with(user(other.standingAgency()))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/report.docx").with(user(other.leader()))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/periodic/" + scene.planId + "/MONTHLY").with(user(scene.c.standingAgency())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedOrStaleSaveStoresNothingAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(save(0).param("number", "abc")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Lời tôi vừa gõ")));
        mvc.perform(save(0).param("number", "0")).andExpect(status().is(422))
                .andExpect(content().string(containsString("Số văn bản phải là số nguyên từ 1 đến 99999.")))
                .andExpect(content().string(containsString("Lời tôi vừa gõ")));
        assertThat(jdbc.sql("select count(*) from periodic_report where plan_id = ?").param(scene.planId)
                .query(Integer.class).single()).isZero();
        mvc.perform(save(0)).andExpect(status().is3xxRedirection());
        mvc.perform(save(0)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("vừa được người khác lưu")))
                .andExpect(content().string(containsString("Lời tôi vừa gõ")));
        assertThat(jdbc.sql("select count(*) from periodic_report_section s join periodic_report r"
                + " on r.id = s.report_id where r.plan_id = ? and s.section_key = 'I'").param(scene.planId)
                .query(Integer.class).single()).isOne();
        mvc.perform(get(page + "/report.docx").with(user(scene.c.leader())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".docx")));
    }

    @Test
    void theProvinceListsAndDownloadsSubmittedVersionsButNeverDrafts() throws Exception {
        mvc.perform(save(0)).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user(scene.c.provinceAdmin()))).andExpect(status().isForbidden());
        String firstVersion = page + "/submissions/1.docx";
        mvc.perform(get(firstVersion).with(user(scene.c.appraiser()))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/submit").with(user(scene.c.standingAgency())).with(csrf())
                        .param("version", "1").param("authority", "TM").param("signerName", "Lê Văn B")
                        .param("recipients", "Sở Nội vụ").param("date", "16/03/2026")
                        .param("sections[I]", "Lời tôi vừa gõ"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/periodic/submitted").with(user(scene.c.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quý I năm 2026, lần gửi 1")))
                .andExpect(content().string(containsString(firstVersion)));
        mvc.perform(get(firstVersion).with(user(scene.c.appraiser()))).andExpect(status().isOk());
        Fixture.Commune elsewhere = fixture.communeInOwnProvince();
        mvc.perform(get(firstVersion).with(user(elsewhere.provinceAdmin()))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/periodic/submitted").with(user(elsewhere.appraiser())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(firstVersion))));
        mvc.perform(get("/documents/periodic/submitted").with(user(scene.c.standingAgency())))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder save(int version) {
        return post(page).with(user(scene.c.standingAgency())).with(csrf())
                .param("version", String.valueOf(version)).param("authority", "TM").param("signerName", "Lê Văn B")
                .param("recipients", "Sở Nội vụ").param("date", "16/03/2026").param("sections[I]", "Lời tôi vừa gõ");
    }
}
