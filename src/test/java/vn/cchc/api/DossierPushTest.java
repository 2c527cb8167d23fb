package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** The one-stop push: the import's rules, all or nothing, idempotent, and the figures it feeds counted by hand. */
@IntegrationTest
class DossierPushTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired ApiKeys keys;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    String key;

    /**
     * Four dossiers of March 2026 (Monday 02/03 to Monday 09/03, no holiday), seen on 10/04/2026. By hand: D1 online,
     * finished 03/03 before its appointment 04/03 (early); D2 direct, due 04/03 end of day, finished 05/03 10:00
     * (late); D3 direct, due 05/03, finished 05/03 09:00 (on time); D4 postal, due 20/03, still open at the end of
     * March (overdue). Judged 4: on time or early 2 → 50.00 %, late or overdue 2 → 50.00 %, online 1 of 4 → 25.00 %.
     */
    static final String MARCH = """
            {"dossiers": [
              {"code": "D1", "procedureCode": "1.001", "procedureName": "Đăng ký khai sinh", "channel": "Trực tuyến",
               "receivedAt": "2026-03-02T08:00", "appointmentAt": "2026-03-04", "finishedAt": "2026-03-03T10:00",
               "fee": 0, "digitised": true, "rating": 3},
              {"code": "D2", "procedureCode": "1.001", "channel": "Trực tiếp", "receivedAt": "2026-03-02T09:00",
               "appointmentAt": "2026-03-04", "finishedAt": "2026-03-05T10:00"},
              {"code": "D3", "procedureCode": "2.001", "procedureName": "Chứng thực bản sao", "channel": "Trực tiếp",
               "receivedAt": "2026-03-03T08:00", "appointmentAt": "2026-03-05", "finishedAt": "2026-03-05T09:00",
               "fee": 20000},
              {"code": "D4", "procedureCode": "2.001", "channel": "Bưu chính", "receivedAt": "2026-03-09T08:00",
               "appointmentAt": "2026-03-20"}
            ]}""";

    @BeforeEach
    void commune() {
        c = fixture.communeInOwnProvince();
        key = keys.create(c.admin(), "Một cửa", EnumSet.of(ApiScope.DOSSIERS_WRITE, ApiScope.INDICATORS_READ), 365).key();
        clock.setToday(LocalDate.of(2026, 4, 10));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions push(String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long stored() {
        return jdbc.sql("select count(*) from dossier where commune_id = ?").param(c.id()).query(Long.class).single();
    }

    @Test
    void aPushedBatchFeedsTheIndicatorsAsCountedByHand() throws Exception {
        push(MARCH).andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.inserted").value(4)).andExpect(jsonPath("$.updated").value(0));

        String json = mvc.perform(get("/api/v1/indicators").param("period", "2026M03").header("X-API-Key", key))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        com.fasterxml.jackson.databind.JsonNode values = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(value(values, "ON_TIME_RATE")).isEqualTo("50.00");
        assertThat(value(values, "LATE_RATE")).isEqualTo("50.00");
        assertThat(value(values, "ONLINE_RATE")).isEqualTo("25.00");
        assertThat(value(values, "DIGITISATION_RATE")).isEqualTo("25.00");
    }

    private static String value(com.fasterxml.jackson.databind.JsonNode list, String code) {
        for (com.fasterxml.jackson.databind.JsonNode n : list) {
            if (n.get("code").asText().equals(code)) {
                return n.get("value").decimalValue().setScale(2).toPlainString();
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    @Test
    void theSameBatchTwiceLeavesTheSameLedger() throws Exception {
        push(MARCH).andExpect(status().isOk());
        List<String> first = ledger();

        push(MARCH).andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(0))
                .andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.unchanged").value(4));

        assertThat(ledger()).isEqualTo(first).hasSize(4);
        // a changed row is an update of the same dossier, not a second one
        push(MARCH.replace("\"finishedAt\": \"2026-03-05T10:00\"", "\"finishedAt\": \"2026-03-04T10:00\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1));
        assertThat(stored()).isEqualTo(4);
    }

    private List<String> ledger() {
        return jdbc.sql("select code || ' ' || coalesce(finished_at::text, '-') from dossier where commune_id = ? order by code")
                .param(c.id()).query(String.class).list();
    }

    @Test
    void oneBadRowRefusesTheWholeBatchAndNamesIt() throws Exception {
        String bad = MARCH.replace("\"receivedAt\": \"2026-03-02T09:00\"", "\"receivedAt\": \"31/02/2026\"");

        push(bad).andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("api.dossiers.rejected"))
                .andExpect(jsonPath("$.detail").value(
                        "Lô có 1 hồ sơ không hợp lệ nên chưa hồ sơ nào được ghi. Sửa các dòng được liệt kê rồi gửi lại."))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("31/02/2026")));
        assertThat(stored()).isZero();
    }

    @Test
    void aRepeatedCodeIsNamedByBothRows() throws Exception {
        push(MARCH.replace("\"code\": \"D3\"", "\"code\": \"D1\"")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value("Mã hồ sơ D1 trùng với dòng 1."));
        assertThat(stored()).isZero();
    }

    @Test
    void malformedBatchesAreProblemsNever500() throws Exception {
        push("{\"dossiers\": [{\"code\": \"D1\", \"fee\": \"năm nghìn\"}]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.badJson"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("dossiers[1].fee")));
        push("{\"dossiers\": [").andExpect(status().isBadRequest());
        push("{\"dossiers\": []}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("api.dossiers.empty"));
        mvc.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + key)
                        .contentType(MediaType.TEXT_PLAIN).content("Mã hồ sơ"))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(stored()).isZero();
    }

    @Test
    void tooLargeBatchesAre413BeforeAnythingIsRead() throws Exception {
        push("{\"dossiers\": [" + String.join(",", java.util.Collections.nCopies(5001, "{}")) + "]}")
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.code").value("api.dossiers.tooMany"))
                .andExpect(jsonPath("$.detail").value("Một lô chỉ được tối đa 5.000 hồ sơ."));   // Vietnamese digit grouping
        push(" ".repeat(21 * 1024 * 1024) + MARCH)   // cchc.api.max-body-size=20MB, by Content-Length
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.code").value("api.bodyTooLarge"));
        assertThat(stored()).isZero();
    }

    @Test
    void aReadOnlyKeyCannotPush() throws Exception {
        key = keys.create(c.admin(), "Báo cáo", EnumSet.of(ApiScope.INDICATORS_READ), 365).key();
        push(MARCH).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("api.scopeMissing"));
        assertThat(stored()).isZero();
    }
}
