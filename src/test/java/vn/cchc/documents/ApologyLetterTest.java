package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.dossier.WindowLedger;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The apology letter for late dossier A02 of the hand-made Quý I ledger (received 10/12/2025 from Lê Văn Hai, due
 * 12/12/2025, ended 16/12 late), on 20/03/2026: filled from the ledger, its date recorded, refusals store nothing.
 */
@IntegrationTest
class ApologyLetterTest {

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

    @Test
    void theLetterIsFilledFromTheLedgerAndRecordsTheApologyDate() throws Exception {
        assertThat(mvc.perform(get("/dossiers/late/letter").param("code", "A02").with(user(c.unitHead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Lê Văn Hai").contains("value=\"Ông/Bà Lê Văn Hai\"").contains("value=\"20/03/2026\"");

        byte[] docx = letter(c.unitHead(), "A02", "Ông Lê Văn Hai", "hồ sơ cần xác minh tại nơi cư trú cũ",
                "25/03/2026", "14/12/2025").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        String text = DocxReader.of(docx).text();
        assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông Lê Văn Hai",
                "Ngày 10/12/2025, ", " tiếp nhận giải quyết hồ sơ của Ông/Bà/tổ chức: Lê Văn Hai.",
                "Mã hồ sơ: A02.", "Ngày hẹn trả kết quả giải quyết hồ sơ: 12/12/2025.",
                "Lý do: hồ sơ cần xác minh tại nơi cư trú cũ.",
                "sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà/tổ chức vào ngày 25 tháng 3 năm 2026.",
                ", ngày 14 tháng 12 năm 2025", "Số:       /PXL-UBND", "- Ông Lê Văn Hai;");
        assertThat(apologyOf("A02")).isEqualTo("2025-12-14");
    }

    @Test
    void theLetterComesAsPdfWhenAsked() throws Exception {
        var response = mvc.perform(post("/dossiers/late/letter").with(csrf()).with(user(c.unitHead()))
                        .param("code", "A02").param("addressee", "Ông Lê Văn Hai").param("reason", "chờ xác minh")
                        .param("newDate", "25/03/2026").param("apologyDate", "14/12/2025").param("format", "pdf"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("thu-xin-loi-A02.pdf");
        assertThat(new String(response.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(apologyOf("A02")).isEqualTo("2025-12-14");
    }

    @Test
    void aRefusedLetterRecordsNothingAndKeepsWhatWasTyped() throws Exception {
        String page = letter(c.unitHead(), "A02", "Ông Lê Văn Hai", " ", "25/03/2026", "14/12/2025")
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nhập lý do trễ hạn").contains("value=\"Ông Lê Văn Hai\"")
                .contains("value=\"25/03/2026\"");
        letter(c.unitHead(), "A02", "Ông Lê Văn Hai", "chờ xác minh", "19/03/2026", "14/12/2025")
                .andExpect(status().isUnprocessableEntity());
        letter(c.unitHead(), "A02", "Ông Lê Văn Hai", "chờ xác minh", "25/03/2026", "01/12/2025")
                .andExpect(status().isUnprocessableEntity());
        letter(c.unitHead(), "A05", "Bà Năm", "chờ xác minh", "25/03/2026", "10/01/2026")
                .andExpect(status().isUnprocessableEntity());
        assertThat(apologyOf("A02")).isNull();
    }

    @Test
    void aSecondLetterWithAnotherDateIsRefusedWithTheDateOnRecord() throws Exception {
        letter(c.unitHead(), "A02", "Ông Lê Văn Hai", "chờ xác minh", "25/03/2026", "14/12/2025")
                .andExpect(status().isOk());
        letter(c.unitHead(), "A02", "Ông Lê Văn Hai", "chờ xác minh", "25/03/2026", "15/12/2025")
                .andExpect(status().isConflict());
        letter(c.standingAgency(), "A02", "Ông Lê Văn Hai", "chờ xác minh", "26/03/2026", "14/12/2025")
                .andExpect(status().isOk());
        assertThat(apologyOf("A02")).isEqualTo("2025-12-14");
    }

    @Test
    void onlyTheLedgersManagersMakeLettersAndOnlyForTheirCommune() throws Exception {
        for (UserDetails other : List.of(c.viewer(), c.unitStaff(), c.leader(), c.provinceAdmin())) {
            mvc.perform(get("/dossiers/late/letter").param("code", "A02").with(user(other)))
                    .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
            letter(other, "A02", "Ông Hai", "chờ", "25/03/2026", "14/12/2025")
                    .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
        }
        Fixture.Commune elsewhere = fixture.commune();
        letter(elsewhere.unitHead(), "A02", "Ông Hai", "chờ", "25/03/2026", "14/12/2025")
                .andExpect(status().isNotFound());
        assertThat(apologyOf("A02")).isNull();
    }

    private ResultActions letter(UserDetails as, String code, String addressee, String reason, String newDate,
                                 String apologyDate) throws Exception {
        return mvc.perform(post("/dossiers/late/letter").with(csrf()).with(user(as)).param("code", code)
                .param("addressee", addressee).param("reason", reason).param("newDate", newDate)
                .param("apologyDate", apologyDate));
    }

    private String apologyOf(String code) {
        return jdbc.sql("select (apology_at at time zone 'Asia/Ho_Chi_Minh')::date::text from dossier"
                        + " where commune_id = ? and code = ?").params(c.id(), code)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }
}
