package vn.cchc.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.dossier.DossierImports;
import vn.cchc.dossier.LookupLedger;
import vn.cchc.planimport.ImportDrafts;
import vn.cchc.planimport.ImportService;
import vn.cchc.shared.InvalidInput;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The actuator as operators and the public see it: health status open, details and metrics behind the operations
 * token, nothing else exposed; the metrics name pages by their route and count imports.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = {"cchc.ops.token=" + OperationsEndpointsTest.TOKEN, "cchc.page-cache.enabled=true"})
class OperationsEndpointsTest {

    static final String TOKEN = "ops-token-for-tests-0123456789";

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired LookupLedger ledger;
    @Autowired ImportService planImports;
    @Autowired MeterRegistry metrics;
    @Autowired DossierImports dossierImports;
    @Autowired MutableClock clock;

    private static MockHttpServletRequestBuilder asOperator(String path) {
        return get(path).header("Authorization", "Bearer " + TOKEN);
    }

    private String scrape() throws Exception {
        return mvc.perform(asOperator("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private double pageCacheHits() {
        return metrics.get("cache.gets").tag("cache", "pages").tag("result", "hit").functionCounter().count();
    }

    @Test
    void healthAndItsProbesAnswerTheirStatusToAnyoneWithoutDetails() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$", not(hasKey("components"))));
        }
    }

    @Test
    void theOperatorSeesReadinessMadeOfTheDatabaseTheEvidenceStoreAndMail() throws Exception {
        mvc.perform(asOperator("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.evidenceStore.status").value("UP"))
                .andExpect(jsonPath("$.components.evidenceStore.details.store").value("local"))
                .andExpect(jsonPath("$.components.mail.status").value("UP"))
                .andExpect(jsonPath("$.components.mail.details.smtp").value("not configured: reminders are in-app only"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
        mvc.perform(asOperator("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components", not(hasKey("db"))));
    }

    @Test
    void metricsAreRefusedWithoutTheTokenEvenToASignedInUser() throws Exception {
        Fixture.Commune c = fixture.commune();
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token-0123456789"))
                .andExpect(status().isUnauthorized());
        // a commune admin, however signed in, is not an operator
        mvc.perform(get("/actuator/prometheus").with(user(c.admin()))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").with(user(c.admin())))
                .andExpect(jsonPath("$", not(hasKey("components"))));
    }

    @Test
    void noOtherActuatorEndpointIsOnTheWeb() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics"}) {
            int answer = mvc.perform(asOperator(path)).andReturn().getResponse().getStatus();
            assertThat(answer).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void pageLatencyIsTaggedWithTheRouteTemplateAlsoWhenThePageCacheServesIt() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.plan(c.standingAgency(), "2025");
        double hitsBefore = pageCacheHits();

        mvc.perform(get("/plans/" + plan).with(user(c.standingAgency()))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + plan).with(user(c.standingAgency()))).andExpect(status().isOk());

        String scraped = scrape();
        assertThat(scraped).contains("http_server_requests_seconds_count{").containsPattern(
                "http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*uri=\"/plans/\\{id}\"");
        assertThat(scraped).doesNotContain("uri=\"/plans/" + plan + "\"");
        assertThat(metrics.get("http.server.requests").tag("uri", "/plans/{id}").timers().stream()
                .mapToLong(t -> t.count()).sum()).isGreaterThanOrEqualTo(2);
        assertThat(pageCacheHits()).isEqualTo(hitsBefore + 1);
        assertThat(scraped).contains("cache_gets_total{").contains("cache=\"pages\"");
    }

    @Test
    void aDossierImportIsCountedByRowsAndOutcome() throws Exception {
        double readBefore = metrics.counter("cchc.dossier.import.rows", "kind", "read").count();
        long doneBefore = metrics.timer("cchc.dossier.import", "outcome", "done").count();

        ledger.commune();  // five rows, all new

        assertThat(metrics.counter("cchc.dossier.import.rows", "kind", "read").count()).isEqualTo(readBefore + 5);
        assertThat(metrics.counter("cchc.dossier.import.rows", "kind", "inserted").count()).isGreaterThanOrEqualTo(5);
        assertThat(metrics.timer("cchc.dossier.import", "outcome", "done").count()).isEqualTo(doneBefore + 1);
        assertThat(scrape()).contains("cchc_dossier_import_rows_total{").contains("cchc_dossier_import_seconds_count{");
    }

    @Test
    void aPlanImportIsCountedAsADraftOrARefusal() throws Exception {
        Fixture.Commune c = fixture.commune();
        long draftsBefore = metrics.timer("cchc.plan.import", "outcome", "draft").count();
        long refusedBefore = metrics.timer("cchc.plan.import", "outcome", "refused").count();
        double tasksBefore = metrics.counter("cchc.plan.import.rows", "kind", "task").count();

        long id = planImports.start(c.standingAgency(), null, ImportDrafts.seedText(ImportDrafts.SEED_003));
        assertThatThrownBy(() -> planImports.start(c.standingAgency(), null, "  ")).isInstanceOf(InvalidInput.class);

        int tasks = planImports.draft(c.standingAgency(), id).draft().tasks().size();
        assertThat(tasks).isPositive();
        assertThat(metrics.timer("cchc.plan.import", "outcome", "draft").count()).isEqualTo(draftsBefore + 1);
        assertThat(metrics.timer("cchc.plan.import", "outcome", "refused").count()).isEqualTo(refusedBefore + 1);
        assertThat(metrics.counter("cchc.plan.import.rows", "kind", "task").count()).isEqualTo(tasksBefore + tasks);
        assertThat(scrape()).contains("cchc_plan_import_seconds_count{");
    }

    @Test
    void aSaneRequestIdIsKeptAndAnyOtherIsReplacedByANewOne() throws Exception {
        mvc.perform(get("/login").header("X-Request-Id", "lb-7f3a:42"))
                .andExpect(header().string("X-Request-Id", "lb-7f3a:42"));
        for (String bad : new String[] {"two\nlines", "x".repeat(65), "a b", "<script>"}) {
            String answered = mvc.perform(get("/login").header("X-Request-Id", bad)).andReturn().getResponse()
                    .getHeader("X-Request-Id");
            assertThat(answered).as(bad).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
        String made = mvc.perform(get("/login")).andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(made).hasSize(36);
    }

    @Test
    void theLogLinesOfAnImportStartedByARequestCarryItsRequestId(CapturedOutput output) throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        clock.setToday(LocalDate.of(2026, 2, 10));
        String csv = LookupLedger.HEADER + "\n" + String.join("\n", LookupLedger.ROWS) + "\n";

        mvc.perform(post("/dossiers/imports").with(user(c.unitHead())).with(csrf())
                        .header("X-Request-Id", "import-req-0042").header("X-File-Name", "so-theo-doi.csv")
                        .contentType("application/octet-stream").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("X-Request-Id", "import-req-0042"));

        long deadline = System.currentTimeMillis() + 20_000;
        while (dossierImports.recent(c.unitHead()).get(0).running() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(dossierImports.recent(c.unitHead()).get(0).state()).isEqualTo("DONE");
        assertThat(output.getOut().lines().filter(l -> l.contains("First load of 5 rows into commune " + c.id())))
                .singleElement().asString().contains("[import-req-0042]");
    }
}
