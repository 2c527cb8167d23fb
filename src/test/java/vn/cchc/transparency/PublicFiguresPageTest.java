package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.DossierImports;
import vn.cchc.dossier.ServiceIndicators;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.survey.SurveyRows;

/**
 * The public figures page on a six-dossier ledger imported through the real importer, a hand-entered 766 value and
 * the fixed survey responses of {@link SurveyRows}; today is 01/12/2026. By hand:
 * <pre>
 * A1 online, received 05/01, due 07/01, done 06/01      early    digitised, e-result
 * A2 counter, received 06/01, due 08/01, done 08/01 16h on time  digitised
 * A3 counter, received 12/01, due 13/01, done 14/01     late
 * A4 online, received 16/01, due 22/01, done 10/02      open and overdue at the end of January, late in February; digitised
 * B1 counter, received 02/02, due 04/02, done 03/02     early    digitised
 * B2 counter, received 03/02, due 05/02, done 05/02 10h on time
 * 01/2026: received 4, on time (A1, A2) / judged (A1–A3 finished + A4 open) = 2/4 = 50%, online 2/4 = 50%, digitised 3/4 = 75%
 * 02/2026: received 2, on time (B1, B2) / finished (A4, B1, B2) = 2/3 = 66,7%, online 0/2 = 0%, digitised 1/2 = 50%
 * 766, year 2026 so far: 1.1 entered 50% → 3; 2.1 4/6 → 20 × 0.666667 = 13.33; 3.3 online 2/6 ÷ 50% → 4.00;
 *   4.1 e-results 1/6 → 1.00; 4.2 digitised 4/6 → 2.67; 5.2 and 5.3 without PAKN → 6 + 6; 5.4 1 − 2/6 = 0.666667
 *   ÷ 0.9 → 4.44; every other indicator 0 → total 40.44. Q1 (1.1 not entered for it) 37.44; Q2–Q4 only 5.2 + 5.3 → 12.
 * Satisfaction 2026 (r1–r4, r6, r7): ACCESS 3/6 = 50%, RESULT 3/5 = 60%, overall 55%, 6 respondents (&lt; 30).
 * </pre>
 */
@IntegrationTest
class PublicFiguresPageTest {

    static final String HEADER = "Mã hồ sơ;Mã thủ tục;Tên thủ tục;Lĩnh vực;Đơn vị xử lý;Cán bộ xử lý;Hình thức nộp;Mức độ DVC;"
            + "Ngày nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Ngày trả kết quả;Yêu cầu bổ sung;Phí, lệ phí;"
            + "Thanh toán trực tuyến;Số hóa;Kết quả điện tử;Tái sử dụng dữ liệu;Ngày xin lỗi;Đánh giá";
    static final String P = "1.001;Đăng ký khai sinh;Hộ tịch;TTPVHCC;Cán bộ thử;";
    static final List<String> LEDGER = List.of(
            "A1;" + P + "Trực tuyến;Toàn trình;05/01/2026 08:00;05/01/2026 10:00;07/01/2026;06/01/2026 15:00;;;0;;Có;Có;;;",
            "A2;" + P + "Trực tiếp;;;06/01/2026 09:00;08/01/2026;08/01/2026 16:00;;;0;;Có;;;;",
            "A3;" + P + "Trực tiếp;;;12/01/2026 08:00;13/01/2026;14/01/2026 09:00;;;0;;Không;;;;",
            "A4;" + P + "Trực tuyến;Một phần;16/01/2026 08:00;16/01/2026 09:00;22/01/2026;10/02/2026 10:00;;;0;;Có;;;;",
            "B1;" + P + "Trực tiếp;;;02/02/2026 08:00;04/02/2026;03/02/2026 10:00;;;0;;Có;;;;",
            "B2;" + P + "Trực tiếp;;;03/02/2026 09:00;05/02/2026;05/02/2026 10:00;;;0;;Không;;;;");

    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired DossierImports imports;
    @Autowired ServiceIndicators indicators;
    @Autowired SurveyRows surveyRows;

    Fixture.Commune c;

    @BeforeEach
    void ledgerAndSurvey() {
        clock.setToday(LocalDate.of(2026, 12, 1));
        c = fixture.communeInOwnProvince();
        importRows(c, "so-theo-doi.csv", LEDGER);
        indicators.enterManual(c.standingAgency(), Period.year(2026), "1.1", new BigDecimal("50"), "Theo Cổng DVCQG");
        surveyRows.insert(c);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void importRows(Fixture.Commune commune, String name, List<String> rows) {
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
        imports.importNow(commune.unitHead(), name, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private String page(Fixture.Commune commune) {
        return "/cong-khai/" + commune.code() + "/chi-so";
    }

    /** The body with the white space between tags removed, so a table row reads as one string. */
    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
    }

    private static String monthRow(String month, String received, String onTime, String online, String digitised) {
        return "<th scope=\"row\">" + month + "</th><td class=\"num\">" + received + "</td><td class=\"num\">" + onTime
                + "</td><td class=\"num\">" + online + "</td><td class=\"num\">" + digitised + "</td>";
    }

    private static void noSession(MvcResult r) {
        assertThat(r.getRequest().getSession(false)).isNull();
        assertThat(r.getResponse().getHeaders("Set-Cookie")).noneMatch(h -> h.startsWith("JSESSIONID"));
    }

    @Test
    void theMonthlyRatesAreTheHandComputedOnesUpToTheCurrentMonth() throws Exception {
        MvcResult r = mvc.perform(get(page(c))).andExpect(status().isOk()).andReturn();
        noSession(r);
        String html = body(r);
        assertThat(html).contains(monthRow("01/2026", "4", "50%", "50%", "75%"))
                .contains(monthRow("02/2026", "2", "66,7%", "0%", "50%"))
                .contains(monthRow("03/2026", "0", "–", "–", "–"))
                .contains(monthRow("12/2026", "0", "–", "–", "–"))
                .doesNotContain("01/2027");
        // Headline tiles: the latest month with judged dossiers and with received dossiers is February.
        assertThat(html).contains("Đúng hạn tháng 02/2026</span><strong>66,7%</strong>")
                .contains("Nộp trực tuyến tháng 02/2026</span><strong>0%</strong>");
        // Nothing personal: the officer's name and the dossier codes of the ledger are not on the page.
        assertThat(html).doesNotContain("Cán bộ thử").doesNotContain("A1;").doesNotContain(">A4<");
        assertThat(html).containsPattern("/webjars/chart.js/([0-9.]+/)?dist/chart.umd.js").contains("/assets/js/public-figures.js")
                .contains("data-chart=").doesNotContain("<script>").doesNotContain("style=");
    }

    @Test
    void the766ScoreIsTheHandComputedTotalWithTheGroupsQuartersAndTheEnteredIndicator() throws Exception {
        String html = body(mvc.perform(get(page(c))).andExpect(status().isOk()).andReturn());
        assertThat(html).contains("Điểm 766 cả năm</span><strong>40,44/100</strong>");
        assertThat(html).contains("<th scope=\"row\">1. Công khai, minh bạch</th><td class=\"num\">3</td><td class=\"num\">18</td>")
                .contains("<th scope=\"row\">2. Tiến độ, kết quả giải quyết</th><td class=\"num\">13,33</td><td class=\"num\">20</td>")
                .contains("<td class=\"num\">4</td><td class=\"num\">22</td>")
                .contains("<td class=\"num\">3,67</td><td class=\"num\">22</td>")
                .contains("<td class=\"num\">16,44</td><td class=\"num\">18</td>")
                .contains("<td class=\"num\">40,44</td><td class=\"num\">100</td>");
        assertThat(html).contains("<td class=\"num\">37,44</td>").contains("<td class=\"num\">12</td>");
        // The entered indicator with its value; those not entered say so.
        assertThat(html).contains("<span>1.1</span>").contains("50% · 3/6 điểm").contains("chưa nhập (0 điểm)");
    }

    @Test
    void satisfactionShowsTheIndexTheElementsAndTheSmallSampleWarning() throws Exception {
        String html = body(mvc.perform(get(page(c))).andExpect(status().isOk()).andReturn());
        assertThat(html).contains("Mức độ hài lòng</span><strong>55%</strong>")
                .contains("Mẫu nhỏ: n = 6 &lt; 30")
                .contains("<th scope=\"row\">Chung</th><td class=\"num\">55%</td><td class=\"num\">6</td>")
                .contains("<td class=\"num\">50%</td><td class=\"num\">6</td>")
                .contains("<td class=\"num\">60%</td><td class=\"num\">5</td>")
                .contains("± ");
        // An earlier year has neither dossiers nor answers.
        String before = body(mvc.perform(get(page(c)).param("nam", "2025")).andExpect(status().isOk()).andReturn());
        assertThat(before).contains("Chưa có số liệu khảo sát trong năm này.").contains(monthRow("12/2025", "0", "–", "–", "–"));
    }

    @Test
    void aRepeatIs304AndANewImportOrTheNextTenMinutesGiveANewPage() throws Exception {
        MvcResult first = mvc.perform(get(page(c))).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();
        MvcResult again = mvc.perform(get(page(c)).header("If-None-Match", etag)).andExpect(status().isNotModified()).andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
        noSession(again);
        // Another year is another page.
        assertThat(mvc.perform(get(page(c)).param("nam", "2025")).andReturn().getResponse().getHeader("ETag")).isNotEqualTo(etag);

        importRows(c, "thang-3.csv", List.of("C1;" + P + "Trực tuyến;Toàn trình;02/03/2026 08:00;02/03/2026 09:00;04/03/2026;03/03/2026 10:00;;;0;;Có;;;;"));
        MvcResult afterImport = mvc.perform(get(page(c)).header("If-None-Match", etag)).andExpect(status().isOk()).andReturn();
        String newTag = afterImport.getResponse().getHeader("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        assertThat(body(afterImport)).contains(monthRow("03/2026", "1", "100%", "100%", "100%"));

        mvc.perform(get(page(c)).header("If-None-Match", newTag)).andExpect(status().isNotModified());
        clock.advance(Duration.ofMinutes(10));
        assertThat(mvc.perform(get(page(c)).header("If-None-Match", newTag)).andExpect(status().isOk()).andReturn()
                .getResponse().getHeader("ETag")).isNotEqualTo(newTag);
    }

    @Test
    void aYearThatIsNotOneIsRefusedWith400OnThePublicMessagePage() throws Exception {
        for (String bad : List.of("20x6", "2027", "1999", "-1", "2026' or 1=1")) {
            MvcResult r = mvc.perform(get(page(c)).param("nam", bad)).andExpect(status().isBadRequest()).andReturn();
            noSession(r);
            assertThat(body(r)).contains("Địa chỉ hoặc dữ liệu gửi lên không hợp lệ.");
            assertThat(r.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void anotherCommunesDossiersAndAnswersAreNeverCounted() throws Exception {
        Fixture.Commune other = fixture.communeInOwnProvince();
        importRows(other, "khac.csv", List.of(
                "X1;" + P + "Trực tuyến;Toàn trình;07/01/2026 08:00;07/01/2026 09:00;09/01/2026;20/01/2026 10:00;;;0;;Có;;;;",
                "X2;" + P + "Trực tuyến;Toàn trình;08/01/2026 08:00;08/01/2026 09:00;10/01/2026;21/01/2026 10:00;;;0;;Có;;;;",
                "X3;" + P + "Trực tuyến;Toàn trình;09/01/2026 08:00;09/01/2026 09:00;12/01/2026;22/01/2026 10:00;;;0;;Có;;;;"));
        assertThat(body(mvc.perform(get(page(c))).andExpect(status().isOk()).andReturn()))
                .contains(monthRow("01/2026", "4", "50%", "50%", "75%")).contains("40,44/100");
        String theirs = body(mvc.perform(get(page(other))).andExpect(status().isOk()).andReturn());
        assertThat(theirs).contains(monthRow("01/2026", "3", "0%", "100%", "100%"))
                .contains(monthRow("02/2026", "0", "–", "–", "–"))
                .contains("Chưa có số liệu khảo sát trong năm này.");
    }

    @Test
    void theEnglishPageTranslatesTheLabelsAndFormatsNumbersInEnglish() throws Exception {
        String html = body(mvc.perform(get(page(c)).param("lang", "en")).andExpect(status().isOk()).andReturn());
        assertThat(html).contains("Service figures 2026").contains(monthRow("02/2026", "2", "66.7%", "0%", "50%"))
                .contains("40.44/100");
    }
}
