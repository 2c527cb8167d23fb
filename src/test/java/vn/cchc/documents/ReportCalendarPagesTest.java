package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The province admin sets, refuses and resets a report type; every user of the province reads the calendar; another
 * province never sees nor changes it.
 */
@IntegrationTest
class ReportCalendarPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired ReportCalendar calendar;

    Fixture.Commune khanhHoa;
    Fixture.Commune giaLai;

    @BeforeEach
    void provinces() {
        khanhHoa = fixture.communeInOwnProvince();
        giaLai = fixture.communeInOwnProvince();
        clock.setToday(LocalDate.of(2026, 6, 10));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void provinceAdminSetsNineMonthsAndTheProvincesCommunesReadIt() throws Exception {
        mvc.perform(nineMonths(khanhHoa.provinceAdmin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/documents/report-types?year=2026"));

        mvc.perform(get("/documents/report-types").param("year", "2026").with(user(khanhHoa.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo CCHC 9 tháng")))
                .andExpect(content().string(containsString("10/09/2026")))
                .andExpect(content().string(containsString("15/09/2026")))
                .andExpect(content().string(containsString("Tỉnh quy định")))
                .andExpect(content().string(not(containsString("/documents/report-types/QUARTER_3/edit"))))
                .andExpect(content().string(not(containsString("/reset"))));
        ReportWindow window = calendar.windowFor(khanhHoa.provinceId(), ReportType.QUARTER_3, 2026, null);
        assertThat(window.name()).isEqualTo("Báo cáo CCHC 9 tháng");
        assertThat(window.from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(window.due()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(window.basis()).isEqualTo(ReportWindowRule.Basis.PROVINCE);
    }

    @Test
    void theNextReportIsNamedAndHighlighted() throws Exception {
        mvc.perform(get("/documents/report-types").with(user(khanhHoa.viewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Báo cáo kỳ tới: Báo cáo CCHC 6 tháng, hạn nộp 20/06/2026 "
                                + "(số liệu từ 15/12/2025 đến 14/06/2026)")))
                .andExpect(content().string(containsString("id=\"type-HALF_YEAR\" class=\"table-warning\"")))
                .andExpect(content().string(containsString("Suy luận (chưa có quy định chung)")));
    }

    @Test
    void aRuleAReportCannotFollowComesBackOnTheFormAndNothingIsStored() throws Exception {
        String refused = page(mvc.perform(nineMonths(khanhHoa.provinceAdmin(), "dueDay", "5"))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(refused).contains("Hạn nộp không được trước ngày kết thúc kỳ số liệu.",
                "name=\"name\" value=\"Báo cáo CCHC 9 tháng\"", "name=\"dueDay\" value=\"5\"");
        mvc.perform(nineMonths(khanhHoa.provinceAdmin(), "endMonth", "4", "endDay", "31"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Ngày phải từ 1 đến 30 (tháng 4).")));
        assertThat(page(mvc.perform(nineMonths(khanhHoa.provinceAdmin(), "startDay", "mười lăm"))
                .andExpect(status().isBadRequest())))
                .contains("Ngày phải là một số từ 1 đến 31.", "name=\"startDay\" value=\"mười lăm\"");
        mvc.perform(nineMonths(khanhHoa.provinceAdmin(), "name", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Nhập tên báo cáo (tối đa 200 ký tự).")));
        assertThat(rows(khanhHoa)).isEmpty();
    }

    @Test
    void aRefusedChangeLeavesTheProvincesEarlierSettingAsItWas() throws Exception {
        mvc.perform(nineMonths(khanhHoa.provinceAdmin())).andExpect(status().is3xxRedirection());
        mvc.perform(nineMonths(khanhHoa.provinceAdmin(), "startMonth", "10", "startEarlier", "false"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "Ngày kết thúc kỳ số liệu không được trước ngày bắt đầu.")));
        assertThat(calendar.windowFor(khanhHoa.provinceId(), ReportType.QUARTER_3, 2026, null).from())
                .isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void resetPutsTheNationalRuleBack() throws Exception {
        mvc.perform(nineMonths(khanhHoa.provinceAdmin())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/report-types").with(user(khanhHoa.provinceAdmin())))
                .andExpect(content().string(containsString("/documents/report-types/QUARTER_3/reset")));
        mvc.perform(post("/documents/report-types/QUARTER_3/reset").param("year", "2027")
                        .with(user(khanhHoa.provinceAdmin())).with(csrf()))
                .andExpect(redirectedUrl("/documents/report-types?year=2027"));
        assertThat(rows(khanhHoa)).isEmpty();
        ReportWindow window = calendar.windowFor(khanhHoa.provinceId(), ReportType.QUARTER_3, 2026, null);
        assertThat(window.name()).isEqualTo("Báo cáo CCHC quý III");
        assertThat(window.from()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(window.due()).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void theEditFormShowsTheRuleInForceAndTheNationalDefault() throws Exception {
        String form = page(mvc.perform(get("/documents/report-types/MONTH/edit").param("year", "2026")
                        .with(user(khanhHoa.provinceAdmin())))
                .andExpect(status().isOk()));
        assertThat(form).contains("name=\"name\" value=\"Báo cáo CCHC tháng\"",
                        "name=\"startEarlier\" value=\"true\" checked=\"checked\"",
                        "<label class=\"form-check-label small\" for=\"startEarlier1\">tháng trước</label>",
                        "Mặc định (suy luận, chưa có quy định chung): từ ngày 15 tháng trước đến ngày 14")
                .doesNotContain("name=\"startMonth\"");
    }

    @Test
    void communeUsersOnlyReadTheCalendar() throws Exception {
        for (CurrentUser commune : List.of(khanhHoa.standingAgency(), khanhHoa.admin(), khanhHoa.leader())) {
            mvc.perform(get("/documents/report-types/QUARTER_3/edit").with(user(commune)))
                    .andExpect(status().isForbidden());
            mvc.perform(nineMonths(commune)).andExpect(status().isForbidden());
            mvc.perform(post("/documents/report-types/QUARTER_3/reset").with(user(commune)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(nineMonths(khanhHoa.appraiser())).andExpect(status().isForbidden());
        assertThat(rows(khanhHoa)).isEmpty();
    }

    @Test
    void oneProvincesSettingNeitherShowsNorAppliesInAnother() throws Exception {
        mvc.perform(nineMonths(khanhHoa.provinceAdmin(), "provinceId", String.valueOf(giaLai.provinceId())))
                .andExpect(status().is3xxRedirection());
        assertThat(rows(khanhHoa)).containsExactly("QUARTER_3");
        assertThat(rows(giaLai)).isEmpty();
        mvc.perform(get("/documents/report-types").param("year", "2026").with(user(giaLai.standingAgency())))
                .andExpect(content().string(not(containsString("Báo cáo CCHC 9 tháng"))))
                .andExpect(content().string(containsString("Báo cáo CCHC quý III")));
        assertThat(calendar.windowFor(giaLai.provinceId(), ReportType.QUARTER_3, 2026, null).to())
                .isEqualTo(LocalDate.of(2026, 9, 14));
        mvc.perform(post("/documents/report-types/QUARTER_3/reset").with(user(giaLai.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rows(khanhHoa)).containsExactly("QUARTER_3");
    }

    @Test
    void theGeneratorsCallNeedsAPlausibleYearAndAMonthForMonthlyReports() {
        assertThat(calendar.windowFor(khanhHoa.provinceId(), ReportType.MONTH, 2026, 2).from())
                .isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(catchThrowableOfType(InvalidInput.class,
                () -> calendar.windowFor(khanhHoa.provinceId(), ReportType.MONTH, 2026, null)).problems())
                .extracting(InvalidInput.Problem::messageKey).containsExactly("documents.reportType.monthRequired");
        assertThat(catchThrowableOfType(InvalidInput.class,
                () -> calendar.windowFor(khanhHoa.provinceId(), ReportType.YEAR, 1999, null)).problems())
                .extracting(InvalidInput.Problem::messageKey).containsExactly("date.yearRange");
        assertThat(calendar.windowFor(khanhHoa.provinceId(), ReportType.YEAR, 2026, 7).month()).isNull();
    }

    /**
     * Quý III as "9 tháng": data from 15/12 of the previous year to 10/09, due the 15th, with the given fields
     * (name, value, …) in place of these.
     */
    private static MockHttpServletRequestBuilder nineMonths(CurrentUser as, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "Báo cáo CCHC 9 tháng", "startDay", "15",
                "startMonth", "12", "startEarlier", "true", "endDay", "10", "endMonth", "9", "dueDay", "15",
                "year", "2026"));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/documents/report-types/QUARTER_3").with(user(as)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /** The page as a browser shows it (Thymeleaf writes "á" in attributes as "&aacute;"). */
    private static String page(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private List<String> rows(Fixture.Commune c) {
        return jdbc.sql("select report_type from periodic_report_type where province_id = ? order by report_type")
                .param(c.provinceId()).query(String.class).list();
    }
}
