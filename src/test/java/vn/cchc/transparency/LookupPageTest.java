package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.dossier.LookupLedger;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The public lookup page on {@link LookupLedger} (today 10/02/2026): found by code plus a factor, every miss the same
 * 404, malformed input 400 beside its field, the limits 429, never a session, never a personal value. Each test
 * posts from its own address so the per-address counter of one test does not reach another.
 */
@IntegrationTest
class LookupPageTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired LookupLedger ledger;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired Fixture fixture;

    Fixture.Commune c;
    String address;

    @BeforeEach
    void ledger() {
        c = ledger.commune();
        address = "10.17." + ADDRESSES.incrementAndGet() + ".1";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String path() {
        return "/cong-khai/" + c.code() + "/tra-cuu";
    }

    private MockHttpServletRequestBuilder lookup(String code, String factor) {
        return lookup(address, code, factor);
    }

    private MockHttpServletRequestBuilder lookup(String from, String code, String factor) {
        return post(path()).param("ma", code).param("xacminh", factor).with(r -> {
            r.setRemoteAddr(from);
            return r;
        });
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void neverKeptNorSession(MvcResult r) {
        assertThat(r.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(r.getRequest().getSession(false)).isNull();
        assertThat(r.getResponse().getHeaders("Set-Cookie")).noneMatch(h -> h.startsWith("JSESSIONID"));
    }

    /** Nothing personal from the ledger: names, phone digits, check codes. */
    private static void noPersonalValue(String page) {
        assertThat(page).doesNotContain("Nguyễn Văn Tra Cứu").doesNotContain("Trần Thị Cán Bộ").doesNotContain("5678")
                .doesNotContain("0912").doesNotContain("AB12CD").doesNotContain("ab-12").doesNotContain("HSX9KQ2")
                .doesNotContain("1222").doesNotContain("Phạm Văn Chờ");
    }

    @Test
    void theFormExplainsTheSecondFactorAndTakesTheCodeFromTheQrLink() throws Exception {
        MvcResult r = mvc.perform(get(path()).param("ma", "L01")).andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        neverKeptNorSession(r);
        assertThat(body(r)).contains("value=\"L01\"").contains("4 chữ số cuối của số điện thoại ghi trên giấy tiếp nhận")
                .contains("<label for=\"xacminh\"").doesNotContain("_csrf");
        // A prefilled value that cannot be a code is left out.
        assertThat(body(mvc.perform(get(path()).param("ma", "<b>x</b>")).andReturn())).doesNotContain("&lt;b&gt;");
    }

    @Test
    void theStatusCardShowsTheDossierFoundByPhoneTailOrCheckCodeAndNothingPersonal() throws Exception {
        MvcResult r = mvc.perform(lookup("L01", "5678")).andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        neverKeptNorSession(r);
        String page = body(r);
        assertThat(page).contains("Đăng ký khai sinh").contains("Hộ tịch").contains("Trung tâm Phục vụ hành chính công")
                .contains("02/02/2026 08:00").contains("04/02/2026").contains("Đang giải quyết")
                .contains("<span class=\"pub-badge late\">Quá hạn</span>");
        noPersonalValue(page);

        String l03 = body(mvc.perform(lookup("L03", "hsx9-kq2")).andReturn());
        assertThat(l03).contains("Đã có kết quả, chờ trả").contains("pub-badge done").contains("05/02/2026 10:00")
                .contains("Đã gửi ngày 04/02/2026").contains("Quá hạn");
        noPersonalValue(l03);
        String l04 = body(mvc.perform(lookup("L04", "3444")).andReturn());
        assertThat(l04).contains("Đã trả kết quả").contains("06/02/2026 09:00").doesNotContain("Quá hạn");
    }

    @Test
    void anUnknownCodeAndAWrongFactorGiveTheSame404Page() throws Exception {
        MvcResult unknown = mvc.perform(lookup("L99", "5678")).andReturn();
        MvcResult wrong = mvc.perform(lookup("L01", "5679")).andReturn();

        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(wrong.getResponse().getStatus()).isEqualTo(404);
        neverKeptNorSession(wrong);
        // The code typed is kept in the form (the only difference); the factor is never written back.
        assertThat(body(unknown).replace("L99", "§")).isEqualTo(body(wrong).replace("L01", "§"));
        assertThat(body(wrong)).contains("Không tìm thấy hồ sơ khớp với mã và thông tin xác minh đã nhập")
                .contains("value=\"L01\"").doesNotContain("5679");
    }

    @Test
    void anotherCommunesCodeIsNotFoundOnThisCommunesSite() throws Exception {
        Fixture.Commune other = fixture.communeInOwnProvince();
        MvcResult r = mvc.perform(post("/cong-khai/" + other.code() + "/tra-cuu").param("ma", "L01").param("xacminh", "5678")
                .with(q -> {
                    q.setRemoteAddr(address);
                    return q;
                })).andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(r)).contains("Không tìm thấy hồ sơ khớp").doesNotContain("Đăng ký khai sinh");
        assertThat(mvc.perform(lookup("L01", "5678")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void malformedInputIsRefused400BesideItsField() throws Exception {
        MvcResult signs = mvc.perform(lookup("L01<script>", "5678")).andReturn();
        assertThat(signs.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(signs)).contains("id=\"ma-error\"").contains("Mã hồ sơ chỉ gồm chữ cái không dấu")
                .doesNotContain("5678").doesNotContain("<script>");
        MvcResult blank = mvc.perform(lookup(" ", "")).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(blank)).contains("Nhập mã hồ sơ.").contains("Nhập 4 chữ số cuối của số điện thoại hoặc mã tra cứu.");
        assertThat(mvc.perform(lookup("L".repeat(81), "5678")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(body(mvc.perform(lookup("L01", "56")).andReturn())).contains("id=\"xacminh-error\"");
        assertThat(mvc.perform(post(path())).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void anAddressIsRefused429AfterItsThirtyLookups() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(mvc.perform(lookup("N" + i, "1234")).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        MvcResult refused = mvc.perform(lookup("L01", "5678")).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(body(refused)).contains("Bạn đã tra cứu quá nhiều lần").doesNotContain("Đăng ký khai sinh");
        neverKeptNorSession(refused);
        assertThat(mvc.perform(lookup("10.17.250.2", "L01", "5678")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aCodeLockedByFiveFailuresRefusesEvenTheRightFactorFromANewAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(lookup("L02", "000" + i)).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        MvcResult locked = mvc.perform(lookup("10.17.251." + ADDRESSES.get(), "L02", "4321")).andReturn();

        assertThat(locked.getResponse().getStatus()).isEqualTo(429);
        assertThat(body(locked)).contains("Mã hồ sơ này tạm thời không tra cứu được").doesNotContain("Đăng ký khai sinh");
        // An unknown code locks the same way, so a lock tells nothing about existence.
        for (int i = 0; i < 5; i++) {
            mvc.perform(lookup("L77", "000" + i));
        }
        assertThat(mvc.perform(lookup("10.17.252." + ADDRESSES.get(), "L77", "4321")).andReturn().getResponse().getStatus())
                .isEqualTo(429);
        assertThat(mvc.perform(lookup("L01", "5678")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theEnglishPageKeepsTheVietnameseDataMarked() throws Exception {
        String page = body(mvc.perform(lookup("L01", "5678").param("lang", "en")).andReturn());
        assertThat(page).contains("Being processed").contains("<dd lang=\"vi\">Đăng ký khai sinh</dd>");
    }
}
