package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.pakn.PaknChannel;
import vn.cchc.pakn.PaknForm;
import vn.cchc.pakn.PaknService;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The published PAKN answers on the public site, on Wednesday 10/06/2026: only items published by today with both
 * public texts, newest answer first, searchable without diacritics, 20 a page, never the item as received, its code,
 * its dossier or another commune's items; and the publication rule on the staff form.
 */
@IntegrationTest
class PublicAnswersPageTest {

    private static final String RAW = "Ông Nguyễn Văn Bímật, số nhà 12, điện thoại 0912345678 phản ánh";
    private static final String DOSSIER = "HS-BIMAT-000123";

    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired PaknService pakn;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;

    @BeforeEach
    void items() {
        clock.setToday(LocalDate.of(2026, 6, 10));
        c = fixture.communeInOwnProvince();
        save(c, "PAKN-BIMAT-1", "2026-05-04", "2026-05-12", "2026-05-13", "Hướng dẫn hồ sơ đất đai chưa rõ",
                "Thành phần hồ sơ đã niêm yết lại.\nGọi đường dây nóng khi cần <b>hướng dẫn</b>.");
        save(c, "PAKN-BIMAT-2", "2026-05-20", "2026-06-01", null, "Câu hỏi đã trả lời chưa công khai",
                "Trả lời chưa công khai");
        save(c, "PAKN-BIMAT-3", "2026-05-25", "2026-06-09", "2026-06-12", "Câu hỏi hẹn công khai ngày mai kia",
                "Trả lời hẹn công khai");
        save(c, "PAKN-BIMAT-4", "2026-06-01", "2026-06-05", "2026-06-08", "Phí chứng thực bản sao là bao nhiêu?",
                "2.000 đồng/trang.");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long save(Fixture.Commune commune, String code, String received, String answered, String published,
                      String question, String answer) {
        return pakn.save(commune.standingAgency(), null, form(code, received, answered, published, question, answer));
    }

    private static PaknForm form(String code, String received, String answered, String published, String question,
                                 String answer) {
        PaknForm f = new PaknForm();
        f.setCode(code);
        f.setReceivedOn(LocalDate.parse(received));
        f.setChannel(PaknChannel.HOTLINE);
        f.setContent(RAW);
        f.setDossierCode(DOSSIER);
        f.setAnsweredOn(answered == null ? null : LocalDate.parse(answered));
        f.setPublishedOn(published == null ? null : LocalDate.parse(published));
        f.setPublicQuestion(question);
        f.setAnswer(answer);
        return f;
    }

    private String page(Fixture.Commune commune) {
        return "/cong-khai/" + commune.code() + "/hoi-dap";
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void noSessionNorPrivateData(MvcResult r) throws Exception {
        assertThat(r.getRequest().getSession(false)).isNull();
        assertThat(r.getResponse().getHeaders("Set-Cookie")).noneMatch(h -> h.startsWith("JSESSIONID"));
        assertThat(body(r)).doesNotContain("Bímật").doesNotContain("0912345678").doesNotContain(DOSSIER)
                .doesNotContain("PAKN-BIMAT").doesNotContain("Người dùng");
    }

    /** The questions of the page's cards, in order. */
    private static List<String> questions(String html) {
        Matcher m = Pattern.compile("<h2 class=\"pub-h2\">.*?<span lang=\"vi\" class=\"pub-text\">(.*?)</span></h2>",
                Pattern.DOTALL).matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void onlyItemsPublishedByTodayAppearNewestAnswerFirstWithTheirDatesAndChannel() throws Exception {
        MvcResult r = mvc.perform(get(page(c))).andExpect(status().isOk()).andReturn();
        noSessionNorPrivateData(r);
        String html = body(r);
        assertThat(questions(html)).containsExactly("Phí chứng thực bản sao là bao nhiêu?", "Hướng dẫn hồ sơ đất đai chưa rõ");
        assertThat(html).contains("Kết quả 1–2 trên 2")
                // line breaks kept (pre-line), markup escaped
                .contains("Thành phần hồ sơ đã niêm yết lại.\nGọi đường dây nóng khi cần &lt;b&gt;hướng dẫn&lt;/b&gt;.")
                .contains("<dd>04/05/2026</dd>").contains("<dd>12/05/2026</dd>").contains("<dd>13/05/2026</dd>")
                .contains("<dd>Đường dây nóng</dd>")
                .doesNotContain("chưa công khai").doesNotContain("hẹn công khai").doesNotContain("pub-pager");
        assertThat(html).containsPattern("<article class=\"pub-card pub-qa\" id=\"hd-\\d+\">");

        clock.setToday(LocalDate.of(2026, 6, 12));
        assertThat(questions(body(mvc.perform(get(page(c))).andReturn()))).containsExactly(
                "Câu hỏi hẹn công khai ngày mai kia", "Phí chứng thực bản sao là bao nhiêu?",
                "Hướng dẫn hồ sơ đất đai chưa rõ");
    }

    @Test
    void theSearchIgnoresDiacriticsAndCaseAndReadsQuestionAndAnswer() throws Exception {
        assertThat(questions(body(mvc.perform(get(page(c)).param("q", "dat dai")).andExpect(status().isOk()).andReturn())))
                .containsExactly("Hướng dẫn hồ sơ đất đai chưa rõ");
        assertThat(questions(body(mvc.perform(get(page(c)).param("q", "  ĐẤT   Đai ")).andReturn())))
                .containsExactly("Hướng dẫn hồ sơ đất đai chưa rõ");
        // a word of the answer only
        assertThat(questions(body(mvc.perform(get(page(c)).param("q", "dong/trang")).andReturn())))
                .containsExactly("Phí chứng thực bản sao là bao nhiêu?");
        // the raw content and the unpublished answer are not searched
        assertThat(body(mvc.perform(get(page(c)).param("q", "bimat")).andExpect(status().isOk()).andReturn()))
                .contains("Không có câu hỏi, câu trả lời nào chứa &quot;bimat&quot;.");
        assertThat(questions(body(mvc.perform(get(page(c)).param("q", "chua cong khai")).andReturn()))).isEmpty();
    }

    @Test
    void aQueryWithoutAWordOfTwoLettersIsRefusedBesideTheBox() throws Exception {
        MvcResult r = mvc.perform(get(page(c)).param("q", "a")).andExpect(status().isBadRequest()).andReturn();
        assertThat(body(r)).contains("Hãy gõ ít nhất một từ có 2 ký tự trở lên.").contains("value=\"a\"");
        assertThat(r.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        noSessionNorPrivateData(r);
        mvc.perform(get(page(c)).param("q", "x".repeat(201))).andExpect(status().isBadRequest());
    }

    @Test
    void twentyOneAnswersArePagesOfTwentyAndOne() throws Exception {
        Fixture.Commune many = fixture.communeInOwnProvince();
        for (int i = 1; i <= 21; i++) {
            String day = LocalDate.of(2026, 3, 1).plusDays(i).toString();
            save(many, "PA-" + i, "2026-03-01", day, day, "Câu hỏi số " + i, "Trả lời số " + i);
        }
        String first = body(mvc.perform(get(page(many))).andExpect(status().isOk()).andReturn());
        List<String> expected = new ArrayList<>();
        for (int i = 21; i >= 2; i--) {
            expected.add("Câu hỏi số " + i);
        }
        assertThat(questions(first)).containsExactlyElementsOf(expected);
        assertThat(first).contains("Kết quả 1–20 trên 21").contains("Trang 1/2")
                .contains("href=\"/cong-khai/" + many.code() + "/hoi-dap?trang=2\"").doesNotContain("rel=\"prev\"");
        String second = body(mvc.perform(get(page(many)).param("trang", "2")).andExpect(status().isOk()).andReturn());
        assertThat(questions(second)).containsExactly("Câu hỏi số 1");
        assertThat(second).contains("Kết quả 21–21 trên 21").contains("Trang 2/2")
                .contains("href=\"/cong-khai/" + many.code() + "/hoi-dap?trang=1\"").doesNotContain("rel=\"next\"");
        // "12" is in item 12's texts only; "so" is in all 21, and the pager keeps the query
        assertThat(questions(body(mvc.perform(get(page(many)).param("q", "12")).andReturn())))
                .containsExactly("Câu hỏi số 12");
        assertThat(body(mvc.perform(get(page(many)).param("q", "so")).andReturn()))
                .contains("Kết quả 1–20 trên 21").contains("href=\"/cong-khai/" + many.code() + "/hoi-dap?q=so&amp;trang=2\"");
        mvc.perform(get(page(many)).param("trang", "3")).andExpect(status().isNotFound());
        mvc.perform(get(page(many)).param("trang", "0")).andExpect(status().isBadRequest());
        mvc.perform(get(page(many)).param("trang", "hai")).andExpect(status().isBadRequest());
        // an empty list still has its first page, with the message
        Fixture.Commune none = fixture.communeInOwnProvince();
        assertThat(body(mvc.perform(get(page(none))).andExpect(status().isOk()).andReturn()))
                .contains("Chưa có câu trả lời nào được công khai.");
    }

    @Test
    void anotherCommunesAnswersNeverShow() throws Exception {
        Fixture.Commune other = fixture.communeBeside(c);
        save(other, "PA-X", "2026-05-04", "2026-05-12", "2026-05-13", "Câu hỏi của phường bên cạnh về đất đai", "Trả lời");
        assertThat(questions(body(mvc.perform(get(page(c)).param("q", "dat dai")).andReturn())))
                .containsExactly("Hướng dẫn hồ sơ đất đai chưa rõ");
        assertThat(questions(body(mvc.perform(get(page(other))).andReturn())))
                .containsExactly("Câu hỏi của phường bên cạnh về đất đai");
    }

    @Test
    void publishingAnAnswerChangesThePageTagAtOnce() throws Exception {
        MvcResult first = mvc.perform(get(page(c))).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        mvc.perform(get(page(c)).header("If-None-Match", etag)).andExpect(status().isNotModified());
        long id = jdbc.sql("select id from pakn where commune_id = ? and code = 'PAKN-BIMAT-2'").param(c.id())
                .query(Long.class).single();
        // the clock does not move: the tag must change all the same
        pakn.save(c.standingAgency(), id, form("PAKN-BIMAT-2", "2026-05-20", "2026-06-01", "2026-06-10",
                "Câu hỏi vừa công khai", "Trả lời vừa công khai"));
        MvcResult after = mvc.perform(get(page(c)).header("If-None-Match", etag)).andExpect(status().isOk()).andReturn();
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        // answered 05/06, 01/06, 12/05
        assertThat(questions(body(after))).containsExactly("Phí chứng thực bản sao là bao nhiêu?", "Câu hỏi vừa công khai",
                "Hướng dẫn hồ sơ đất đai chưa rõ");
        noSessionNorPrivateData(after);
    }

    @Test
    void aPublishedDateWithoutTheQuestionOrTheAnswerIsRefusedAndNothingIsStored() throws Exception {
        long before = count();
        String html = body(mvc.perform(post("/pakn").with(csrf()).with(user(c.standingAgency()))
                        .param("code", "PA-NEW").param("receivedOn", "01/06/2026").param("channel", "COUNTER")
                        .param("content", "Phản ánh").param("answeredOn", "05/06/2026").param("publishedOn", "08/06/2026"))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(html).contains("Cần nhập câu hỏi công khai trước khi ghi ngày công khai.")
                .contains("Cần nhập nội dung trả lời trước khi ghi ngày công khai.");
        html = body(mvc.perform(post("/pakn").with(csrf()).with(user(c.standingAgency()))
                        .param("code", "PA-NEW").param("receivedOn", "01/06/2026").param("channel", "COUNTER")
                        .param("content", "Phản ánh").param("answeredOn", "05/06/2026").param("publishedOn", "08/06/2026")
                        .param("publicQuestion", "Câu hỏi").param("answer", "   "))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(html).contains("Cần nhập nội dung trả lời trước khi ghi ngày công khai.")
                .doesNotContain("Cần nhập câu hỏi công khai");
        assertThat(count()).isEqualTo(before);
        // answered but not yet published: the texts may wait
        mvc.perform(post("/pakn").with(csrf()).with(user(c.standingAgency()))
                        .param("code", "PA-NEW").param("receivedOn", "01/06/2026").param("channel", "COUNTER")
                        .param("content", "Phản ánh").param("answeredOn", "05/06/2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);
    }

    private long count() {
        return jdbc.sql("select count(*) from pakn where commune_id = ?").param(c.id()).query(Long.class).single();
    }
}
