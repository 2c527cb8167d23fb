package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.shared.AuditNote;
import vn.cchc.shared.Sha256;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** Keys: hashed at rest, scoped, revocable, bound to their commune, rate limited, audited once per request. */
@IntegrationTest
@RecordApplicationEvents
class ApiKeyAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired ApiKeys keys;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.commune();
    }

    private ApiKeys.Created key(ApiScope... scopes) {
        return keys.create(c.admin(), "Một cửa", EnumSet.copyOf(List.of(scopes)), 365);
    }

    private long plan(Fixture.Commune commune, String status) {
        return jdbc.sql("""
                        insert into plan (commune_id, kind, title, period_code, reporting_cadence, status)
                        values (?, 'ANNUAL', 'Kế hoạch CCHC năm 2026', '2026', 'MONTH', ?) returning id""")
                .params(commune.id(), status).query(Long.class).single();
    }

    @Test
    void theKeyIsShownOnceAndOnlyItsHashIsStored() {
        ApiKeys.Created created = key(ApiScope.PLANS_READ);
        String secret = created.key().substring(created.key().lastIndexOf('_') + 1);

        Map<String, Object> row = jdbc.sql("select * from api_key where commune_id = ? and id = ?")
                .params(c.id(), created.id()).query().singleRow();
        assertThat(created.key()).startsWith(created.prefix() + "_").hasSize(5 + 8 + 1 + 43);
        assertThat(row.get("secret_sha256")).isEqualTo(Sha256.hex(created.key().getBytes()));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(secret));
        assertThat(row.get("prefix")).isEqualTo(created.prefix());
    }

    @Test
    void theAdminCreatesAKeyOnThePageAndOtherRolesMayNot() throws Exception {
        MvcResult page = mvc.perform(post("/api-keys").param("name", "Hệ thống một cửa").param("scope", "plans:read")
                        .param("scope", "dossiers:write").param("validity", "365").with(user(c.admin())).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        String stored = jdbc.sql("select scopes from api_key where commune_id = ?").param(c.id()).query(String.class)
                .single();
        assertThat(stored).isEqualTo("plans:read dossiers:write");
        assertThat(html).containsPattern("cchc_[a-z2-9]{8}_[A-Za-z0-9_-]{43}");

        mvc.perform(get("/api-keys").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.matchesPattern("(?s).*cchc_[a-z2-9]{8}_[A-Za-z0-9_-]{43}.*"))));
        mvc.perform(post("/api-keys").param("name", "x").param("scope", "plans:read").with(user(c.standingAgency()))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api-keys").param("name", " ").with(user(c.admin())).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aKeyReadsItsCommunesPlansOnly() throws Exception {
        ApiKeys.Created created = key(ApiScope.PLANS_READ);
        long own = plan(c, "ISSUED");
        long draft = plan(c, "DRAFT");
        long foreign = plan(fixture.commune(), "ISSUED");

        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.key()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(own)).andExpect(jsonPath("$[0].status").value("ISSUED"));
        for (long other : List.of(draft, foreign)) {
            mvc.perform(get("/api/v1/plans/" + other + "/tasks").header("X-API-Key", created.key()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail").value(
                            "Không tìm thấy dữ liệu (hoặc dữ liệu không thuộc xã/phường của khóa)."));
        }
    }

    @Test
    void aMissingScopeIsRefusedWithAProblem() throws Exception {
        ApiKeys.Created created = key(ApiScope.PLANS_READ);
        mvc.perform(get("/api/v1/pakn").param("period", "2026").header("Authorization", "Bearer " + created.key()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không có quyền"))
                .andExpect(jsonPath("$.detail").value("Khóa API không có quyền \"pakn:read\"."))
                .andExpect(jsonPath("$.code").value("api.scopeMissing"));
    }

    @Test
    void aRevokedOrUnknownKeyIs401() throws Exception {
        ApiKeys.Created created = key(ApiScope.PLANS_READ);
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.key())).andExpect(status().isOk());
        mvc.perform(post("/api-keys/" + created.id() + "/revoke").with(user(c.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.key()))
                .andExpect(status().isUnauthorized()).andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("api.badKey"));
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer cchc_aaaaaaaa_" + "x".repeat(43)))
                .andExpect(status().isUnauthorized());
        // another commune's admin cannot revoke it: 404, not a 500 nor a revocation
        ApiKeys.Created second = key(ApiScope.PLANS_READ);
        mvc.perform(post("/api-keys/" + second.id() + "/revoke").with(user(fixture.commune().admin())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + second.key())).andExpect(status().isOk());
    }

    @Test
    void theListShowsTheLastUseAndItsAddress() throws Exception {
        ApiKeys.Created created = key(ApiScope.PLANS_READ);
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.key())
                .with(r -> {
                    r.setRemoteAddr("203.0.113.7");
                    return r;
                })).andExpect(status().isOk());
        mvc.perform(get("/api-keys").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("203.0.113.7")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(created.prefix())));
    }

    @Test
    void eachUseIsAuditedOnce() throws Exception {
        ApiKeys.Created created = key(ApiScope.PLANS_READ);
        long plan = plan(c, "ISSUED");
        events.clear();
        mvc.perform(get("/api/v1/plans/" + plan + "/tasks").header("Authorization", "Bearer " + created.key()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans/999999999").header("Authorization", "Bearer " + created.key()))
                .andExpect(status().isNotFound());

        assertThat(events.stream(AuditNote.class)).containsExactly(
                new AuditNote("API_KEY_USED", c.id(), "api-key:" + created.prefix(),
                        "GET /api/v1/plans/" + plan + "/tasks", null),
                new AuditNote("API_KEY_USED", c.id(), "api-key:" + created.prefix(), "GET /api/v1/plans/999999999",
                        null));
    }

    @Test
    void aKeyPastItsBurstGets429WithRetryAfter() throws Exception {
        ApiKeys.Created created = key(ApiScope.PLANS_READ);
        for (int i = 0; i < 60; i++) {   // cchc.api.rate-limit.burst: all at once
            mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.key()))
                    .andExpect(status().isOk());
        }
        // tokens come back at 2 a second while the test runs, so the refusal may take a few more requests
        int sent = 0;
        MvcResult answer;
        do {
            answer = mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.key())).andReturn();
        } while (answer.getResponse().getStatus() == 200 && ++sent < 100);
        assertThat(answer.getResponse().getStatus()).isEqualTo(429);
        assertThat(answer.getResponse().getHeader("Retry-After")).isEqualTo("1");   // 120 a minute: one every 0.5 s
        assertThat(answer.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(answer.getResponse().getContentAsString()).contains("\"code\":\"api.tooManyRequests\"");
        // another key of the same commune has its own bucket
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + key(ApiScope.PLANS_READ).key()))
                .andExpect(status().isOk());
    }

    @Test
    void aSessionStillReadsTheOldEndpointsButNotTheKeyOnes() throws Exception {
        mvc.perform(get("/api/v1/periods").param("type", "MONTH").param("year", "2026").with(user(c.viewer())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans").with(user(c.admin())))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("api.keyRequired"));
        mvc.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized());
        // and a key does not open the session endpoints, which speak for a user
        mvc.perform(get("/api/v1/periods").param("type", "MONTH").param("year", "2026")
                        .header("Authorization", "Bearer " + key(ApiScope.PLANS_READ).key()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("api.notForKeys"));
    }

    @Test
    void badParametersAre400ProblemsNever500() throws Exception {
        ApiKeys.Created created = key(ApiScope.PLANS_READ, ApiScope.PAKN_READ, ApiScope.EVIDENCE_READ);
        mvc.perform(get("/api/v1/pakn").param("period", "2026-13").header("X-API-Key", created.key()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.badPeriod"));
        mvc.perform(get("/api/v1/pakn").header("X-API-Key", created.key()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.missingParameter"));
        mvc.perform(get("/api/v1/plans/abc").header("X-API-Key", created.key()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.badParameter"));
        mvc.perform(get("/api/v1/evidence").param("limit", "0").header("X-API-Key", created.key()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.badLimit"));
        mvc.perform(get("/api/v1/no-such-thing").header("X-API-Key", created.key()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("api.notFound"));
    }
}
