package vn.cchc.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The public form as a citizen uses it, without login: served with a signed stamp and a device cookie, an answer
 * stored whole with its flags, and every bad input refused with its message and a 4xx, storing nothing.
 */
@IntegrationTest
class PublicFormTest {

    @Autowired Fixture fixture;
    @Autowired SurveySetup setup;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    Survey survey;
    SurveyPoint point;

    @BeforeEach
    void survey() {
        clock.setToday(LocalDate.of(2026, 11, 2));
        c = fixture.communeInOwnProvince();
        survey = setup.survey(c, LocalDate.of(2026, 11, 1));
        point = setup.generalPoint(survey);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The page as served: its stamp and its device cookie. */
    record Served(String stamp, Cookie device, String html) {
    }

    Served serve(String query) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(point.path() + query)).andExpect(status().isOk()).andReturn().getResponse();
        String html = r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return new Served(m.group(1), r.getCookie(PublicSurveyController.DEVICE_COOKIE), html);
    }

    MockHttpServletRequestBuilder answer(Served s, String... fields) {
        return answerOn(String.valueOf(survey.formId()), s, fields);
    }

    MockHttpServletRequestBuilder answerOn(String form, Served s, String... fields) {
        MockHttpServletRequestBuilder b = post(point.path()).param("form", form)
                .param("stamp", s.stamp()).cookie(s.device());
        for (int i = 0; i < fields.length; i += 2) {
            b.param(fields[i], fields[i + 1]);
        }
        return b;
    }

    long responses() {
        return jdbc.sql("select count(*) from survey_response where commune_id = ?").param(c.id()).query(Long.class).single();
    }

    String flags() {
        return jdbc.sql("select flags from survey_response where commune_id = ? order by id desc limit 1").param(c.id())
                .query(String.class).single();
    }

    @Test
    void theFormIsServedWithoutLoginWithADeviceCookieAndNoSession() throws Exception {
        MockHttpServletResponse r = mvc.perform(get(point.path())).andExpect(status().isOk()).andReturn().getResponse();
        String html = r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Ông/bà đã làm thủ tục tại xã trong năm?", "Khảo sát thử " + c.tag(),
                "Phiếu không hỏi họ tên").doesNotContain("_csrf");
        assertThat(r.getCookie(PublicSurveyController.DEVICE_COOKIE).getValue()).matches("[A-Za-z0-9_-]{22}");
        assertThat(r.getCookie(PublicSurveyController.DEVICE_COOKIE).isHttpOnly()).isTrue();
        assertThat(r.getCookie("JSESSIONID")).isNull();
        assertThat(html).contains("hidden").contains("id=\"b-S\"");
    }

    @Test
    void aFilledFormIsStoredWholeWithItsDeviceHashAndNoFlag() throws Exception {
        Served s = serve("");
        clock.advance(Duration.ofSeconds(40));
        mvc.perform(answer(s, "a.E1", "1", "a.S1", "4", "a.S2", "5", "a.E2", "1", "a.E2", "3", "a.T1", "Tốt"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(point.path() + "/cam-on"));
        var row = jdbc.sql("select channel, device_hash, flags, point_id, answered_on from survey_response where commune_id = ?")
                .param(c.id()).query().singleRow();
        assertThat(row.get("channel")).isEqualTo("WEB");
        assertThat((String) row.get("device_hash")).matches("[0-9a-f]{64}").isNotEqualTo(s.device().getValue());
        assertThat(row.get("flags")).isEqualTo("");
        assertThat(row.get("point_id")).isEqualTo(point.id());
        assertThat(row.get("answered_on").toString()).isEqualTo("2026-11-02");
        assertThat(jdbc.sql("select item_code || '=' || coalesce(value::text, text) from survey_answer a join survey_response r"
                + " on r.id = a.response_id where r.commune_id = ? order by item_code, value").param(c.id()).query(String.class).list())
                .containsExactly("E1=1", "E2=1", "E2=3", "S1=4", "S2=5", "T1=Tốt");
        mvc.perform(get(point.path() + "/cam-on")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cảm ơn ông/bà!")));
    }

    @Test
    void aFilledTrapOrAFormSentTooFastIsStoredButFlaggedForReview() throws Exception {
        Served s = serve("");
        clock.advance(Duration.ofSeconds(3));
        mvc.perform(answer(s, "a.E1", "2")).andExpect(status().isFound());
        assertThat(flags()).isEqualTo("too-fast");
        clock.advance(Duration.ofSeconds(60));
        mvc.perform(answer(s, "a.E1", "2", "website", "http://spam.example")).andExpect(status().isFound());
        assertThat(flags()).isEqualTo("honeypot");
        mvc.perform(answer(new Served("1700000000.forged", s.device(), ""), "a.E1", "2")).andExpect(status().isFound());
        assertThat(flags()).isEqualTo("stale-form");
        assertThat(responses()).isEqualTo(3);
    }

    @Test
    void aMissingOrForgedAnswerIsRefusedOnTheFormWithWhatWasTypedAndNothingStored() throws Exception {
        Served s = serve("");
        clock.advance(Duration.ofSeconds(40));
        String html = mvc.perform(answer(s, "a.E1", "1", "a.S2", "5", "a.T1", "<script>alert(1)</script>"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Câu này cần được trả lời.", "Phiếu chưa gửi được",
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(html).containsPattern("name=\"a.S2\"\\s+value=\"5\" checked");
        mvc.perform(answer(s, "a.E1", "1", "a.S1", "9")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("không thuộc các lựa chọn")));
        mvc.perform(answer(s, "a.E1", "2", "a.T1", "x".repeat(5000))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("dài 5.000 ký tự, tối đa 50 ký tự")));
        assertThat(responses()).isZero();
    }

    @Test
    void aFormIdOfAnotherSurveyOrNoneIsRefusedAsAnInvalidForm() throws Exception {
        Fixture.Commune other = fixture.communeInOwnProvince();
        Survey foreign = setup.survey(other, LocalDate.of(2026, 11, 1));
        Served s = serve("");
        for (String form : new String[] {String.valueOf(foreign.formId()), "0", "99999999"}) {
            mvc.perform(answerOn(form, s, "a.E1", "2")).andExpect(status().isBadRequest())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Phiếu không hợp lệ")));
        }
        for (String unreadable : new String[] {"abc", "-5", "1e9"}) {
            mvc.perform(answerOn(unreadable, s, "a.E1", "2")).andExpect(status().isBadRequest());
        }
        assertThat(responses()).isZero();
    }

    @Test
    void aClosedSurveyOrAnUnknownTokenTakesNoAnswer() throws Exception {
        Served s = serve("");
        jdbc.sql("update survey set closed = true where id = ?").param(survey.id()).update();
        mvc.perform(get(point.path())).andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("không nhận phiếu")));
        mvc.perform(answer(s, "a.E1", "2")).andExpect(status().isGone());
        MockHttpServletResponse unknown = mvc.perform(get("/khao-sat/khongcoma")).andExpect(status().isNotFound())
                .andReturn().getResponse();
        assertThat(unknown.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Không tìm thấy khảo sát.")
                .doesNotContain("_csrf");
        assertThat(unknown.getCookie("JSESSIONID")).isNull();
        mvc.perform(post("/khao-sat/" + "x".repeat(300)).param("a.E1", "2")).andExpect(status().isNotFound());
        assertThat(responses()).isZero();
    }

    @Test
    void aDossierCodeIsRatedOnceAndAReplayIsRefusedKeepingTheAnswers() throws Exception {
        Served s = serve("?hs=HS-001");
        assertThat(s.html()).contains("Đánh giá cho hồ sơ HS-001.", "Ông/bà hài lòng với việc giải quyết hồ sơ này?",
                "href=\"" + point.path() + "?lang=en&amp;hs=HS-001\"");
        clock.advance(Duration.ofSeconds(40));
        mvc.perform(answer(s, "hs", "HS-001", "a.E1", "2", "a.D1", "3")).andExpect(status().isFound());
        assertThat(flags()).isEqualTo("dossier-unknown");
        String again = mvc.perform(answer(s, "hs", "HS-001", "a.E1", "2", "a.D1", "1")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(again).contains("Hồ sơ này đã được đánh giá").containsPattern("name=\"a.D1\"\\s+value=\"1\" checked");
        mvc.perform(answer(s, "hs", "<script>", "a.E1", "2")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mã hồ sơ không hợp lệ")));
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void aRatingWithACodeOfTheLedgerAttachesToThatDossier() throws Exception {
        jdbc.sql("""
                insert into dossier (commune_id, code, procedure_code, channel, received_at, due_at, end_at, outcome)
                values (?, 'HS-LEDGER-1', 'P1', 'D', '2026-10-01T02:00:00Z', '2026-10-05T10:00:00Z',
                        '2026-10-03T03:00:00Z', 2)""").param(c.id()).update();
        Served s = serve("?hs=HS-LEDGER-1");
        clock.advance(Duration.ofSeconds(40));
        mvc.perform(answer(s, "hs", "HS-LEDGER-1", "a.E1", "2", "a.D1", "1")).andExpect(status().isFound());
        assertThat(flags()).isEmpty();
        assertThat(jdbc.sql("select survey_rating from dossier where commune_id = ? and code = 'HS-LEDGER-1'")
                .param(c.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDeviceOverItsHourlyLimitIsRefusedWith429AndNothingStored() throws Exception {
        Served s = serve("");
        clock.advance(Duration.ofSeconds(40));
        for (int i = 0; i < 20; i++) {
            mvc.perform(answer(s, "a.E1", "2")).andExpect(status().isFound());
        }
        String html = mvc.perform(answer(s, "a.E1", "2", "a.T1", "giữ lại")).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("đã gửi nhiều phiếu", "giữ lại");
        assertThat(responses()).isEqualTo(20);
        clock.advance(Duration.ofMinutes(61));
        mvc.perform(answer(s, "a.E1", "2")).andExpect(status().isFound());
    }
}
