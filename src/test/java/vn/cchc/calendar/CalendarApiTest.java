package vn.cchc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** The working-day API over a province's calendar, and the province admin's official schedule. */
@IntegrationTest
class CalendarApiTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;

    @BeforeEach
    void province() {
        c = fixture.communeInOwnProvince();
    }

    @Test
    void answersWorkingDayQuestionsWithTheComputedHolidays() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-day").param("date", "2026-04-27").with(user(c.viewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.working").value(false))
                .andExpect(jsonPath("$.reason").value("Nghỉ bù Giỗ Tổ Hùng Vương"));
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2025-01-24T14:00:00+07:00")
                        .param("days", "3").with(user(c.viewer())))
                .andExpect(jsonPath("$.result").value("2025-02-05T14:00+07:00"));
        mvc.perform(get("/api/v1/calendar/add-working-hours").param("from", "2025-01-27T16:00:00+07:00")
                        .param("hours", "8").with(user(c.viewer())))
                .andExpect(jsonPath("$.result").value("2025-02-04T16:00+07:00"));
        mvc.perform(get("/api/v1/calendar/working-days-between").param("from", "2025-01-24T00:00:00+07:00")
                        .param("to", "2025-02-07T00:00:00+07:00").with(user(c.viewer())))
                .andExpect(jsonPath("$.workingDays").value(5));
    }

    @Test
    void periodsHaveStartAndEnd() throws Exception {
        mvc.perform(get("/api/v1/periods/2025N9").with(user(c.viewer())))
                .andExpect(jsonPath("$.start").value("2025-01-01"))
                .andExpect(jsonPath("$.end").value("2025-09-30"))
                .andExpect(jsonPath("$.label").value("9 tháng năm 2025"));
        mvc.perform(get("/api/v1/periods").param("year", "2024").param("type", "MONTH").with(user(c.viewer())))
                .andExpect(jsonPath("$[1].code").value("2024M02"))
                .andExpect(jsonPath("$[1].end").value("2024-02-29"));
        mvc.perform(get("/api/v1/periods/2025Q7").with(user(c.viewer()))).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/periods").param("year", "2024").param("type", "WEEK").with(user(c.viewer())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void provinceAdminAddsAMakeUpSaturdayThatTheApiThenCounts() throws Exception {
        mvc.perform(post("/calendar/days").with(user(c.provinceAdmin())).with(csrf())
                        .param("date", "10/01/2026").param("kind", "WORKING_DAY").param("name", "Làm bù ngày 02/01/2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/calendar/working-day").param("date", "2026-01-10").with(user(c.viewer())))
                .andExpect(jsonPath("$.working").value(true));
        // Another province's calendar is untouched.
        Fixture.Commune other = fixture.communeInOwnProvince();
        mvc.perform(get("/api/v1/calendar/working-day").param("date", "2026-01-10").with(user(other.viewer())))
                .andExpect(jsonPath("$.working").value(false));
    }

    @Test
    void onlyTheProvinceAdminEditsTheCalendar() throws Exception {
        mvc.perform(post("/calendar/days").with(user(c.admin())).with(csrf())
                        .param("date", "10/01/2026").param("kind", "WORKING_DAY").param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void importIsAtomicAndReportsEveryBadLine() throws Exception {
        String csv = """
                # Lịch nghỉ Tết 2027
                05/02/2027;NGHI;Tết Nguyên đán
                31/02/2027;NGHI;Ngày không tồn tại
                08/02/2027;CHOI;Loại sai
                2026-12-31;NGHI;Khác năm
                """;
        mvc.perform(multipart("/calendar/import").file(file(csv)).param("year", "2027")
                        .with(user(c.provinceAdmin())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Dòng 3: ngày “31/02/2027” không hợp lệ")))
                .andExpect(content().string(containsString("Dòng 4: loại “CHOI” phải là NGHI hoặc LAM.")))
                .andExpect(content().string(containsString("Dòng 5: ngày không thuộc năm 2027.")));
        assertThat(days(2027)).isZero();

        String good = "05/02/2027;NGHI;Tết Nguyên đán\n2027-02-06;LAM;Làm bù\n";
        mvc.perform(multipart("/calendar/import").file(file(good)).param("year", "2027").param("replaceDefaults", "true")
                        .with(user(c.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(days(2027)).isEqualTo(2);
        // The year is now official: the computed Tết days are no longer holidays.
        mvc.perform(get("/api/v1/calendar/working-day").param("date", "2027-02-08").with(user(c.viewer())))
                .andExpect(jsonPath("$.working").value(true));
        mvc.perform(get("/api/v1/calendar/working-day").param("date", "2027-02-05").with(user(c.viewer())))
                .andExpect(jsonPath("$.working").value(false));
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("file", "lich.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private int days(int year) {
        return jdbc.sql("select count(*) from calendar_day where province_id = ? and extract(year from day) = ?")
                .params(c.provinceId(), year).query(Integer.class).single();
    }
}
