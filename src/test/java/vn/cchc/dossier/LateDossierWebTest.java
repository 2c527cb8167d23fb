package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** The late-dossier page over HTTP: what each role sees, recording an apology, and refused dates re-shown. */
@IntegrationTest
class LateDossierWebTest {

    @Autowired MockMvc mvc;
    @Autowired WindowLedger ledger;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Fixture.Commune c;

    @BeforeEach
    void quarterOneLedger() {
        c = ledger.commune();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String page(org.springframework.security.core.userdetails.UserDetails who, ResultMatcher expected,
                        String from, String to) throws Exception {
        return mvc.perform(get("/dossiers/late").param("from", from).param("to", to).with(user(who)))
                .andExpect(expected).andReturn().getResponse().getContentAsString();
    }

    private String apology(String code, String date) throws Exception {
        return mvc.perform(post("/dossiers/late/apology").with(csrf()).with(user(c.unitHead())).param("code", code)
                        .param("date", date).param("from", "15/12/2025").param("to", "14/03/2026"))
                .andReturn().getResponse().getContentAsString();
    }

    private long apologies() {
        return jdbc.sql("select count(*) from dossier where commune_id = ? and apology_at is not null").param(c.id())
                .query(Long.class).single();
    }

    @Test
    void everyoneOfTheCommuneReadsTheListOnlyManagersGetTheApologyForm() throws Exception {
        String viewer = page(c.viewer(), status().isOk(), "15/12/2025", "14/03/2026");

        assertThat(viewer).contains("Hồ sơ trễ hạn").contains("Từ ngày 15/12/2025 đến ngày 14/03/2026")
                .contains("3 hồ sơ giải quyết trễ hạn, 2 hồ sơ đang giải quyết quá hạn; 1 hồ sơ đã có văn bản xin lỗi.")
                .contains("21/01/2026").contains("Đang giải quyết")
                .doesNotContain("A05").doesNotContain("/dossiers/late/apology")
                .as("applicants' names are for the one-stop's managers").doesNotContain("Lê Văn Hai");
        assertThat(page(c.unitHead(), status().isOk(), "15/12/2025", "14/03/2026"))
                .contains("action=\"/dossiers/late/apology\"").contains("d-print-none")
                .contains("Lê Văn Hai").contains("Phạm Thị Sáu");
    }

    @Test
    void aRecordedApologyShowsOnTheListAfterTheRedirect() throws Exception {
        mvc.perform(post("/dossiers/late/apology").with(csrf()).with(user(c.unitHead())).param("code", "A02")
                        .param("date", "12/12/2025").param("from", "15/12/2025").param("to", "14/03/2026"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/dossiers/late?from=15%2F12%2F2025&to=14%2F03%2F2026"))
                .andExpect(flash().attribute("notice", "dossier.apology.recorded"));

        assertThat(page(c.viewer(), status().isOk(), "15/12/2025", "14/03/2026")).contains("12/12/2025")
                .contains("2 hồ sơ đã có văn bản xin lỗi.");
    }

    @Test
    void aRefusedDateIsShownOnThePageWithWhatWasTypedAndStoresNothing() throws Exception {
        long before = apologies();

        String malformed = apology("A02", "31/02/2026");
        String future = apology("A02", "21/03/2026");

        assertThat(malformed).contains("Ngày văn bản xin lỗi phải có dạng dd/mm/yyyy").contains("value=\"31/02/2026\"")
                .contains("is-invalid").contains("Lê Văn Hai");
        assertThat(future).contains("Ngày văn bản xin lỗi không được sau hôm nay (20/03/2026).")
                .contains("value=\"21/03/2026\"");
        assertThat(apologies()).isEqualTo(before);
        mvc.perform(post("/dossiers/late/apology").with(csrf()).with(user(c.unitHead())).param("code", "A02")
                .param("date", "31/02/2026")).andExpect(status().isBadRequest());
        mvc.perform(post("/dossiers/late/apology").with(csrf()).with(user(c.unitHead())).param("code", "A05")
                .param("date", "08/01/2026")).andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aSecondDifferentDateAnswersConflictWithTheDateOnRecord() throws Exception {
        apology("A02", "12/12/2025");

        mvc.perform(post("/dossiers/late/apology").with(csrf()).with(user(c.admin())).param("code", "A02")
                        .param("date", "15/12/2025"))
                .andExpect(status().isConflict());
        assertThat(apology("A02", "15/12/2025")).contains("Hồ sơ A02 đã ghi nhận văn bản xin lỗi ngày 12/12/2025");
    }

    @Test
    void badWindowDatesAreShownOnThePage() throws Exception {
        assertThat(page(c.viewer(), status().isBadRequest(), "32/12/2025", "14/03/2026"))
                .contains("Ngày phải có dạng dd/mm/yyyy").contains("value=\"32/12/2025\"");
        assertThat(page(c.viewer(), status().isUnprocessableEntity(), "14/03/2026", "15/12/2025"))
                .contains("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
    }

    @Test
    void othersAreRefused() throws Exception {
        mvc.perform(post("/dossiers/late/apology").with(csrf()).with(user(c.viewer())).param("code", "A02")
                .param("date", "12/12/2025")).andExpect(status().isForbidden());
        mvc.perform(post("/dossiers/late/apology").with(csrf()).with(user(fixture.commune().unitHead()))
                .param("code", "A02").param("date", "12/12/2025")).andExpect(status().isNotFound());
        assertThat(apologies()).isEqualTo(1);
    }
}
