package vn.cchc.plan;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/** The task pages and the API say which reading of "Trước ngày X" the province uses, and apply it. */
@IntegrationTest
class TaskDeadlineReadingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    long planId;

    @BeforeEach
    void plan() {
        clock.setToday(LocalDate.of(2026, 3, 1));
        c = fixture.communeInOwnProvince();
        // Issued: the viewer opens its task pages below, and drafts are hidden from viewers.
        planId = plans.issuedPlan(c.standingAgency(), "2026", vn.cchc.calendar.PeriodType.QUARTER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDefaultReadingIsDueTheDayBeforeAndTheFormSaysSo() throws Exception {
        mvc.perform(get("/plans/" + planId + "/deadline-preview").param("deadlinePhrase", "Trước 15/10")
                        .with(user(c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn chót 14/10/2026 (nộp trước ngày 15/10/2026).")))
                .andExpect(content().string(containsString("Tỉnh hiểu “Trước ngày X” là hạn chót ngày X−1")));
        mvc.perform(get("/plans/" + planId + "/tasks/new").with(user(c.standingAgency())))
                .andExpect(content().string(containsString("Tỉnh hiểu “Trước ngày X” là hạn chót ngày X−1")));
    }

    @Test
    void aProvinceThatReadsItAsTheSameDayGetsTheSameDayOnTheTaskPageAndTheApi() throws Exception {
        mvc.perform(post("/org/deadline-reading").param("reading", "SAME_DAY").with(user(c.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long taskId = plans.task(c.standingAgency(), planId, "A", "Trước ngày 15/10/2026", c.officeUnit());
        mvc.perform(get("/tasks/" + taskId).with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn chót 15/10/2026")))
                .andExpect(content().string(containsString("Tỉnh hiểu “Trước ngày X” là hạn chót đúng ngày X.")));
        mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", "Trước 15/10").param("year", "2026")
                        .with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.beforeReading").value("SAME_DAY"))
                .andExpect(jsonPath("$.dueDates[0]").value("2026-10-15"));
    }

    @Test
    void aTaskSavedBeforeTheProvinceChangedItsReadingKeepsItsDatesAndSaysSo() throws Exception {
        long taskId = plans.task(c.standingAgency(), planId, "C", "Trước ngày 15/10/2026", c.officeUnit());
        mvc.perform(get("/tasks/" + taskId).with(user(c.viewer())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("deadline-reads-differently"))));
        mvc.perform(post("/org/deadline-reading").param("reading", "SAME_DAY").with(user(c.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/tasks/" + taskId).with(user(c.viewer())))
                .andExpect(content().string(containsString("Hạn chót 14/10/2026 (nộp trước ngày 15/10/2026).")))
                .andExpect(content().string(containsString("deadline-reads-differently")))
                .andExpect(content().string(containsString("Tỉnh hiểu “Trước ngày X” là hạn chót đúng ngày X.")));
    }

    @Test
    void aPastOrOtherYearDeadlineIsSavedWithAVisibleWarning() throws Exception {
        mvc.perform(get("/plans/" + planId + "/deadline-preview").param("deadlinePhrase", "Trước ngày 15/10/2025")
                        .with(user(c.standingAgency())))
                .andExpect(content().string(containsString("alert-warning")))
                .andExpect(content().string(containsString("Thời hạn ghi năm 2025, khác năm của kế hoạch (2026)")))
                .andExpect(content().string(containsString("1 ngày đến hạn đã qua (sớm nhất 14/10/2025; hôm nay 01/03/2026).")));
        long taskId = plans.task(c.standingAgency(), planId, "B", "Năm 2027", c.officeUnit());
        mvc.perform(get("/tasks/" + taskId).with(user(c.viewer())))
                .andExpect(content().string(containsString("1 ngày đến hạn nằm ngoài kỳ của kế hoạch (Năm 2026), đầu tiên là 31/12/2027.")));
    }
}
