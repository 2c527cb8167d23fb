package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.dossier.procedures.OnlineLevel;
import vn.cchc.dossier.procedures.ProcedureCatalogue;
import vn.cchc.dossier.procedures.ProcedureForm;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/**
 * The public procedure catalogue: each entry's time, fees and where to file worded by hand, the search by name or
 * code without diacritics, the field filter, paging, another commune's entries never shown, and the page tag moving
 * when the catalogue changes.
 */
@IntegrationTest
class PublicProceduresPageTest {

    private static final String PORTAL = "https://dichvucong.example.gov.vn";
    private static final String OFFICE = "Số 1 đường Trần Phú";

    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired PublicSites sites;

    Fixture.Commune c;

    @BeforeEach
    void catalogue() {
        c = fixture.communeInOwnProvince();
        entry(c, "1.001", "Đăng ký khai sinh", "Hộ tịch", "5", OnlineLevel.FULL, false, "", false);
        entry(c, "2.002", "Chứng thực bản sao từ bản chính", "Chứng thực", "0", OnlineLevel.PARTIAL, true,
                "2.000 đồng/trang", true);
        entry(c, "3.003", "Cấp giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "0.5", null, true, "", false);
        entry(c, "4.004", "Đăng ký biến động đất đai", "Đất đai", null, null, false, "", false);
    }

    private void entry(Fixture.Commune commune, String code, String name, String field, String days, OnlineLevel level,
                       boolean fee, String feeText, boolean payOnline) {
        ProcedureForm f = new ProcedureForm();
        f.setCode(code);
        f.setName(name);
        f.setField(field);
        f.setProcessingDays(days == null ? null : new BigDecimal(days));
        f.setOnlineLevel(level);
        f.setFeeBearing(fee);
        f.setFeeText(feeText);
        f.setPaymentIntegrated(payOnline);
        catalogue.save(commune.id(), null, f);
    }

    private void portalAndOffice() {
        PublicSiteForm form = new PublicSiteForm();
        form.setOnlinePortalUrl(PORTAL);
        form.setOfficeAddress(OFFICE);
        sites.save(c.admin(), form);
    }

    private String page(Fixture.Commune commune) {
        return "/cong-khai/" + commune.code() + "/thu-tuc";
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Each card's text without tags and with spaces collapsed, by procedure code. */
    private static java.util.Map<String, String> cards(String html) {
        Matcher m = Pattern.compile("<article class=\"pub-card pub-procedure\" id=\"tt-([^\"]+)\">(.*?)</article>",
                Pattern.DOTALL).matcher(html);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        while (m.find()) {
            out.put(m.group(1), m.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return out;
    }

    @Test
    void eachProcedureShowsItsTimeFeesAndWhereToFile() throws Exception {
        portalAndOffice();
        MvcResult r = mvc.perform(get(page(c))).andExpect(status().isOk()).andReturn();
        assertThat(r.getRequest().getSession(false)).isNull();
        assertThat(r.getResponse().getHeaders("Set-Cookie")).noneMatch(h -> h.startsWith("JSESSIONID"));
        String html = body(r);
        var cards = cards(html);
        // by field, then code
        assertThat(cards.keySet()).containsExactly("2.002", "4.004", "1.001", "3.003");
        assertThat(cards.get("1.001")).isEqualTo("Đăng ký khai sinh Mã thủ tục 1.001 Lĩnh vực Hộ tịch Thời hạn giải quyết "
                + "05 ngày làm việc Phí, lệ phí Không thu phí, lệ phí Nơi nộp hồ sơ Trực tuyến toàn trình · "
                + "Nộp trên Cổng dịch vụ công");
        assertThat(cards.get("2.002")).isEqualTo("Chứng thực bản sao từ bản chính Mã thủ tục 2.002 Lĩnh vực Chứng thực "
                + "Thời hạn giải quyết Trong ngày Phí, lệ phí 2.000 đồng/trang Thanh toán trực tuyến được Nơi nộp hồ sơ "
                + "Trực tuyến một phần hoặc tại Bộ phận Một cửa · Nộp trên Cổng dịch vụ công Bộ phận Một cửa : " + OFFICE);
        assertThat(cards.get("3.003")).isEqualTo("Cấp giấy xác nhận tình trạng hôn nhân Mã thủ tục 3.003 Lĩnh vực Hộ tịch "
                + "Thời hạn giải quyết 0,5 ngày làm việc Phí, lệ phí Có thu phí, lệ phí Nơi nộp hồ sơ "
                + "Tại Bộ phận Một cửa Bộ phận Một cửa : " + OFFICE);
        assertThat(cards.get("4.004")).contains("Thời hạn giải quyết Theo quy định");
        assertThat(html).contains("href=\"" + PORTAL + "\"").contains("<label for=\"q\">").contains("<label for=\"linhvuc\">");
    }

    @Test
    void withoutPortalOrAddressTheWhereToFileStandsAlone() throws Exception {
        var cards = cards(body(mvc.perform(get(page(c))).andReturn()));
        assertThat(cards.get("1.001")).endsWith("Nơi nộp hồ sơ Trực tuyến toàn trình");
        assertThat(cards.get("3.003")).endsWith("Nơi nộp hồ sơ Tại Bộ phận Một cửa");
    }

    @Test
    void theEnglishPageKeepsTheVietnameseNamesMarkedAsVietnamese() throws Exception {
        String html = body(mvc.perform(get(page(c)).param("lang", "en")).andExpect(status().isOk()).andReturn());
        assertThat(cards(html).get("3.003")).contains("Processing time 0.5 working days").contains("Fees apply");
        assertThat(cards(html).get("1.001")).contains("Processing time 5 working days").contains("Fully online");
        assertThat(html).contains("<h2 class=\"pub-h2\" lang=\"vi\">Đăng ký khai sinh</h2>");
    }

    @Test
    void theSearchReadsNameAndCodeWithoutDiacriticsAndTheFieldFilters() throws Exception {
        assertThat(cards(body(mvc.perform(get(page(c)).param("q", "dang ky")).andReturn())).keySet())
                .containsExactly("4.004", "1.001");
        assertThat(cards(body(mvc.perform(get(page(c)).param("q", "3.003")).andReturn())).keySet())
                .containsExactly("3.003");
        assertThat(cards(body(mvc.perform(get(page(c)).param("linhvuc", "Hộ tịch")).andReturn())).keySet())
                .containsExactly("1.001", "3.003");
        assertThat(cards(body(mvc.perform(get(page(c)).param("linhvuc", "Hộ tịch").param("q", "KHAI SINH")).andReturn()))
                .keySet()).containsExactly("1.001");
        String none = body(mvc.perform(get(page(c)).param("linhvuc", "Không có")).andExpect(status().isOk()).andReturn());
        assertThat(none).contains("Không có thủ tục nào phù hợp.");
        String html = body(mvc.perform(get(page(c)).param("linhvuc", "Hộ tịch")).andReturn());
        assertThat(html).contains("<option value=\"Hộ tịch\" lang=\"vi\" selected=\"selected\">Hộ tịch</option>")
                .contains("<option value=\"Chứng thực\" lang=\"vi\">Chứng thực</option>");
        mvc.perform(get(page(c)).param("linhvuc", "x".repeat(201))).andExpect(status().isBadRequest());
    }

    @Test
    void anotherCommunesProceduresNeverShowAndPagesHoldTwenty() throws Exception {
        Fixture.Commune other = fixture.communeBeside(c);
        for (int i = 1; i <= 21; i++) {
            entry(other, String.format("9.%03d", i), "Thủ tục phường bên " + i, "Khác", "3", null, false, "", false);
        }
        assertThat(cards(body(mvc.perform(get(page(c)).param("q", "phuong ben")).andReturn()))).isEmpty();
        List<String> first = new ArrayList<>(cards(body(mvc.perform(get(page(other))).andReturn())).keySet());
        assertThat(first).hasSize(20).startsWith("9.001").endsWith("9.020");
        assertThat(cards(body(mvc.perform(get(page(other)).param("trang", "2")).andReturn())).keySet())
                .containsExactly("9.021");
        mvc.perform(get(page(other)).param("trang", "3")).andExpect(status().isNotFound());
    }

    @Test
    void aCatalogueChangeChangesThePageTag() throws Exception {
        String etag = mvc.perform(get(page(c))).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(page(c)).header("If-None-Match", etag)).andExpect(status().isNotModified());
        ProcedureForm f = ProcedureForm.of(catalogue.byCode(c.id()).get("3.003"));
        f.setFeeText("15.000 đồng/bản");
        catalogue.save(c.id(), catalogue.byCode(c.id()).get("3.003").id(), f);
        MvcResult after = mvc.perform(get(page(c)).header("If-None-Match", etag)).andExpect(status().isOk()).andReturn();
        assertThat(cards(body(after)).get("3.003")).contains("Phí, lệ phí 15.000 đồng/bản");
    }
}
