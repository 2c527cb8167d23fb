package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The API answers what its OpenAPI document says: the document is fetched from /v3/api-docs as a client would, every
 * documented operation is called with a key holding every scope, and each real answer (and the refusals) is checked
 * against the schema the document gives for its status — strictly, with no field the document does not name.
 */
@IntegrationTest
class ApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired ApiKeys keys;
    @Autowired Plans plans;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    String key;
    long planId;
    JsonNode document;

    @BeforeEach
    void communeWithData() throws Exception {
        c = fixture.communeInOwnProvince();
        clock.setToday(LocalDate.of(2026, 4, 10));
        key = keys.create(c.admin(), "Hợp đồng", EnumSet.allOf(ApiScope.class), 365).key();
        planId = plans.plan(c.standingAgency(), "2026");
        plans.task(c.standingAgency(), planId, "1.1", "Trước ngày 15 hằng tháng", c.cultureUnit(), c.officeUnit());
        jdbc.sql("""
                        insert into plan_target (plan_id, commune_id, area_code, code, text, metric_kind, comparator,
                                                 threshold, responsible_unit_id)
                        values (?, ?, 'III', 'CT1', 'Tỷ lệ hồ sơ đúng hạn', 'PERCENT', 'GE', 90, ?)""")
                .params(planId, c.id(), c.centreUnit()).update();
        jdbc.sql("update plan set status = 'ISSUED', decision_number = '12/QĐ-UBND' where id = ?").param(planId)
                .update();
        jdbc.sql("""
                        insert into pakn (commune_id, code, received_on, channel, content, due_on, answered_on, created_by)
                        values (?, 'PA-01', date '2026-03-05', 'HOTLINE', 'Đường vào tổ 3 bị ngập', date '2026-03-20',
                                date '2026-03-12', ?)""")
                .params(c.id(), c.admin().id()).update();
        String pushed = call("POST", "/api/v1/dossiers", DossierPushTest.MARCH).getContentAsString();
        assertThat(pushed).contains("\"inserted\":4");
        document = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyDocumentedAnswerMatchesItsSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> called = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                String url = path.getKey().replace("{planId}", String.valueOf(planId));
                String body = method.equals("POST") ? DossierPushTest.MARCH : null;
                String query = queryOf(op.getValue());
                MockHttpServletResponse answer = call(method, url + query, body);
                called.add(method + " " + path.getKey());
                problems.addAll(check(method + " " + url + query, op.getValue(), answer));
                // the refusals every key operation documents: a wrong key, then (as problem+json) a missing scope
                problems.addAll(check(method + " " + url + " (bad key)", op.getValue(),
                        callWith("cchc_aaaaaaaa_" + "x".repeat(43), method, url + query, body)));
            }
        }
        problems.addAll(check("GET /api/v1/plans/0/tasks", document.at("/paths/~1api~1v1~1plans~1{planId}~1tasks/get"),
                call("GET", "/api/v1/plans/0/tasks", null)));
        problems.addAll(check("POST /api/v1/dossiers (bad row)", document.at("/paths/~1api~1v1~1dossiers/post"),
                call("POST", "/api/v1/dossiers", DossierPushTest.MARCH.replace("2026-03-02T09:00", "hôm qua"))));

        assertThat(problems).isEmpty();
        assertThat(called).containsExactlyInAnyOrder("GET /api/v1/plans", "GET /api/v1/plans/{planId}",
                "GET /api/v1/plans/{planId}/targets", "GET /api/v1/plans/{planId}/tasks",
                "GET /api/v1/plans/{planId}/reports", "GET /api/v1/evidence", "GET /api/v1/pakn",
                "GET /api/v1/indicators", "GET /api/v1/indicators/766", "GET /api/v1/par-scores",
                "GET /api/v1/survey-results", "POST /api/v1/dossiers");
    }

    @Test
    void everyOperationNamesItsScopeAndTheKeyScheme() {
        List<String> missing = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode security = op.getValue().at("/security/0/apiKey");
            if (!security.isArray() || security.size() != 1
                    || ApiScope.of(security.get(0).asText()).isEmpty()) {
                missing.add(op.getKey() + " " + path.getKey());
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(document.at("/components/securitySchemes/apiKey/scheme").asText()).isEqualTo("bearer");
    }

    /** The check itself can fail: an answer with a wrong type and an undocumented field is refused. */
    @Test
    void theValidatorRefusesAnAnswerTheDocumentDoesNotDescribe() throws Exception {
        JsonSchema plans = schemaOf(document.at("/paths/~1api~1v1~1plans/get/responses/200/content"));
        assertThat(plans.validate(JSON.readTree("[{\"id\": \"một\", \"title\": \"KH\"}]"))).isNotEmpty();
        assertThat(plans.validate(JSON.readTree("[{\"id\": 1, \"secret\": \"x\"}]"))).isNotEmpty();
        assertThat(plans.validate(JSON.readTree("[{\"id\": 1, \"title\": \"KH\", \"status\": \"ISSUED\"}]"))).isEmpty();
    }

    private static String queryOf(JsonNode operation) {
        StringBuilder query = new StringBuilder();
        for (JsonNode p : operation.path("parameters")) {
            if (p.get("in").asText().equals("query") && p.path("required").asBoolean()) {
                query.append(query.isEmpty() ? "?" : "&").append(p.get("name").asText()).append('=')
                        .append(p.get("name").asText().equals("period") ? "2026M03" : "1");
            }
        }
        return query.toString();
    }

    private MockHttpServletResponse call(String method, String url, String body) throws Exception {
        return callWith(key, method, url, body);
    }

    private MockHttpServletResponse callWith(String key, String method, String url, String body) throws Exception {
        var request = (method.equals("POST") ? post(url).contentType(MediaType.APPLICATION_JSON).content(body) : get(url))
                .header("Authorization", "Bearer " + key);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The answer's status must be documented, its type the documented one, its body valid against the schema. */
    private List<String> check(String call, JsonNode operation, MockHttpServletResponse answer) throws Exception {
        String status = String.valueOf(answer.getStatus());
        JsonNode content = operation.at("/responses/" + status + "/content");
        if (content.isMissingNode()) {
            return List.of(call + ": status " + status + " is not documented: " + answer.getContentAsString());
        }
        String type = String.valueOf(answer.getContentType()).replace(";charset=UTF-8", "");
        if (!content.has(type)) {
            return List.of(call + ": " + status + " answered " + type + ", documented " + content.fieldNames().next());
        }
        Set<ValidationMessage> errors = schemaOf(content.get(type).get("schema"))
                .validate(JSON.readTree(answer.getContentAsString()));
        return errors.stream().map(e -> call + " " + status + ": " + e.getMessage()).toList();
    }

    private JsonSchema schemaOf(JsonNode contentOrSchema) {
        JsonNode schema = contentOrSchema.has("schema") ? contentOrSchema.get("schema")
                : contentOrSchema.has("*/*") || contentOrSchema.has("application/json")
                ? contentOrSchema.elements().next().get("schema") : contentOrSchema;
        ObjectNode root = schema.deepCopy();
        ObjectNode components = document.get("components").deepCopy();
        components.get("schemas").forEach(ApiContractTest::closed);
        closed(root);
        root.set("components", components);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(root);
    }

    /** Every object schema refuses fields it does not name, so an undocumented field fails the contract. */
    private static void closed(JsonNode schema) {
        if (schema instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties")) {
                o.put("additionalProperties", false);
            }
            o.path("properties").forEach(ApiContractTest::closed);
            closed(o.path("items"));
        }
    }
}
