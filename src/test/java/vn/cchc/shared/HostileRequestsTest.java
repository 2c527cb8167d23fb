package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** Requests a careless or hostile client sends: each gets a 4xx with a message and stores nothing it should not. */
@IntegrationTest
class HostileRequestsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired JdbcClient jdbc;

    private long count(String table, long communeId) {
        return jdbc.sql("select count(*) from " + table + " where commune_id = ?").param(communeId).query(Long.class).single();
    }

    @Test
    void aPaknDateBefore2000IsRefusedOnTheFormAndNothingIsSaved() throws Exception {
        Fixture.Commune c = fixture.commune();
        for (String date : new String[] {"31/12/1899", "01/01/0001", "01/01/2101", "31/02/2026"}) {
            mvc.perform(post("/pakn").with(csrf()).with(user(c.standingAgency())).param("code", "PA-" + date)
                            .param("receivedOn", date).param("channel", "HOTLINE").param("content", "Phản ánh đường ngập"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("từ năm 2000 đến năm 2100")))
                    .andExpect(content().string(containsString("đường ngập"))); // typed text kept (Thymeleaf writes á as &aacute;)
        }
        assertThat(count("pakn", c.id())).isZero();
        mvc.perform(post("/pakn").with(csrf()).with(user(c.standingAgency())).param("code", "PA-1")
                .param("receivedOn", "01/01/2000").param("channel", "HOTLINE").param("content", "Phản ánh"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("pakn", c.id())).isOne();
    }

    @Test
    void calendarApiYearsOutside2000To2100Answer400() throws Exception {
        Fixture.Commune c = fixture.commune();
        for (String url : new String[] {"/api/v1/calendar/working-day?date=+999999999-01-01",
                "/api/v1/calendar/working-day?date=-999999999-01-01",
                "/api/v1/calendar/add-working-days?from=+999999999-01-01T00:00:00Z&days=1",
                "/api/v1/calendar/add-working-hours?from=-999999999-01-01T00:00:00Z&hours=1",
                "/api/v1/calendar/working-days-between?from=1899-12-31T00:00:00Z&to=2026-01-01T00:00:00Z"}) {
            mvc.perform(get(url).with(user(c.viewer()))).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/periods?year=999999999&type=YEAR").with(user(c.viewer())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/calendar?year=-999999999").with(user(c.viewer()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/periods/2150Q1").with(user(c.viewer()))).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/periods/1999").with(user(c.viewer()))).andExpect(status().isUnprocessableEntity());
        for (String phrase : new String[] {"Trước ngày 31/12/1899", "Trong năm 9999", "Quý IV/2150"}) {
            mvc.perform(get("/api/v1/deadline-phrases/parse").param("text", phrase).param("year", "2026")
                    .with(user(c.viewer()))).andExpect(status().isUnprocessableEntity());
        }
        mvc.perform(get("/api/v1/calendar/working-day?date=2026-01-02").with(user(c.viewer())))
                .andExpect(status().isOk());
    }

    @Test
    void pathIdsTakeAsciiDigitsOnly() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.plan(c.standingAgency(), "2026");
        long task = plans.task(c.standingAgency(), plan, "1.1", "Quý III", c.centreUnit());
        String id = String.valueOf(task);
        mvc.perform(get("/tasks/" + id).with(user(c.standingAgency()))).andExpect(status().isOk());
        for (String foreign : new String[] {toDigits(id, '\u0660'), toDigits(id, '\uFF10'), toDigits(id, '\u0966')}) {
            mvc.perform(get("/tasks/" + foreign).with(user(c.standingAgency()))).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/tasks/0x" + Long.toHexString(task)).with(user(c.standingAgency()))).andExpect(status().isBadRequest());
    }

    @Test
    void aMalformedParameterNamesItselfOnAPageThatKeepsTheMenu() throws Exception {
        Fixture.Commune c = fixture.commune();
        mvc.perform(get("/tasks/abc").with(user(c.standingAgency())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Giá trị của tham số &quot;id&quot; không hợp lệ")))
                .andExpect(content().string(containsString("href=\"/plans\"")));
    }

    @Test
    void fieldNamesNoFormSendsAnswer400AndStoreNothing() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.plan(c.standingAgency(), "2026");
        mvc.perform(post("/pakn").with(csrf()).with(user(c.standingAgency())).param("code", "PA-1")
                        .param("receivedOn", "05/01/2026").param("dueOn.x", "1").param("channel", "HOTLINE")
                        .param("content", "Phản ánh"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/plans/" + plan + "/tasks").with(csrf()).with(user(c.standingAgency()))
                        .param("areaCode", "I").param("code", "1.1").param("title", "Nhiệm vụ")
                        .param("leadUnitId", String.valueOf(c.centreUnit())).param("deadlinePhrase", "Quý IV")
                        .param("coordinatorUnitIds[" + InputCleaning.MAX_ROWS + "]", String.valueOf(c.officeUnit())))
                .andExpect(status().isBadRequest());
        // within the row limit the gaps are empty choices: refused on the form, never a 500
        mvc.perform(post("/plans/" + plan + "/tasks").with(csrf()).with(user(c.standingAgency()))
                        .param("areaCode", "I").param("code", "1.1").param("title", "Nhiệm vụ")
                        .param("leadUnitId", String.valueOf(c.centreUnit())).param("deadlinePhrase", "Quý IV")
                        .param("coordinatorUnitIds[300]", String.valueOf(c.officeUnit())))
                .andExpect(status().is4xxClientError());
        assertThat(count("pakn", c.id())).isZero();
        assertThat(count("plan_task", c.id())).isZero();
    }

    @Test
    void aManualScoreRateTakesAsciiDigitsAndNoAmbiguousThousands() throws Exception {
        Fixture.Commune c = fixture.commune();
        for (String rate : new String[] {"\u0665\u0660", "1e2", "1.000", "0x10"}) {
            mvc.perform(post("/dossiers/score/manual").with(csrf()).with(user(c.standingAgency()))
                    .param("period", "2026M01").param("code", "1.1").param("rate", rate))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("từ 0 đến 100")));
        }
        mvc.perform(post("/dossiers/score/manual").with(csrf()).with(user(c.standingAgency()))
                .param("period", "2026M01").param("code", "1.1").param("rate", "95,5"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aViewerGivenAUnitStillCannotUploadEvidence() throws Exception {
        Fixture.Commune c = fixture.commune();
        long id = jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, province_id, commune_id, unit_id)
                        values (?, 'x', 'Người xem có đơn vị', 'VIEWER', ?, ?, ?) returning id""")
                .params(c.tag() + ".xem2", c.provinceId(), c.id(), c.officeUnit()).query(Long.class).single();
        CurrentUser viewer = new CurrentUser(id, c.tag() + ".xem2", null, "Người xem có đơn vị", Role.VIEWER,
                c.provinceId(), c.id(), c.officeUnit(), true);
        mvc.perform(multipart("/evidence").file(new MockMultipartFile("file", "a.pdf", "application/pdf", EvidenceFiles.pdf("x")))
                .with(csrf()).with(user(viewer))).andExpect(status().isForbidden());
        assertThat(count("evidence_document", c.id())).isZero();
        mvc.perform(get("/evidence").with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("type=\"file\""))));
    }

    private static String toDigits(String ascii, char zero) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(ch -> out.append((char) (zero + ch - '0')));
        return out.toString();
    }

    @Test
    void criteriaJsonThatHoldsNoSetIsRefusedWithAMessage() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long before = jdbc.sql("select count(*) from criteria_set").query(Long.class).single();
        String[][] cases = {{"null", "không chứa bộ tiêu chí"},
                {"{\"code\":\"X\",\"title\":\"Bộ\",\"year\":2026,\"criteria\":[null]}", "Phần tử thứ 1"}};
        for (String[] json : cases) {
            mvc.perform(multipart("/parindex/sets/import")
                            .file(new MockMultipartFile("file", "bo.json", "application/json", json[0].getBytes(StandardCharsets.UTF_8)))
                            .with(csrf()).with(user(c.provinceAdmin())))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString(json[1])));
        }
        assertThat(jdbc.sql("select count(*) from criteria_set").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDossierUploadWhoseNameIsNotUrlEncodedIsTakenAsSent() throws Exception {
        Fixture.Commune c = fixture.commune();
        mvc.perform(post("/dossiers/imports").with(csrf()).with(user(c.unitHead()))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).header("X-File-Name", "%zz.csv")
                        .content("Mã hồ sơ\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted());
        assertThat(jdbc.sql("select file_name from dossier_import where commune_id = ?").param(c.id())
                .query(String.class).single()).isEqualTo("%zz.csv");
    }

    @Test
    void bidiControlsAndNulAreDroppedFromTitlesAndFileNames() throws Exception {
        Fixture.Commune c = fixture.commune();
        mvc.perform(multipart("/evidence")
                        .file(new MockMultipartFile("file", "hoso\u202Efdp\u0000.pdf", "application/pdf", EvidenceFiles.pdf("x")))
                        .param("title", "Quyết\u202E định\u0000 số 1").with(csrf()).with(user(c.standingAgency())))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select title, file_name from evidence_document where commune_id = ?").param(c.id())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(row).containsExactly("Quyết định số 1", "hosofdp.pdf");
    }

    @Test
    void aForgedOrQueryStringCsrfTokenIsRefusedWith403() throws Exception {
        Fixture.Commune c = fixture.commune();
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", c.standingAgency().getUsername()).param("password", Fixture.PASSWORD))
                .andReturn().getRequest().getSession();
        String page = mvc.perform(get("/pakn/new").session(session)).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        // Same length, one character changed: decodes to bytes that are not UTF-8 for most changes.
        for (int i = 0; i < token.length(); i += 7) {
            char changed = token.charAt(i) == 'A' ? 'B' : 'A';
            String forged = token.substring(0, i) + changed + token.substring(i + 1);
            mvc.perform(post("/pakn").session(session).param("_csrf", forged).param("code", "F")
                    .param("receivedOn", "05/01/2026").param("channel", "HOTLINE").param("content", "x"))
                    .andExpect(status().isForbidden());
        }
        for (String name : new String[] {"_csrf", "%5Fcsrf", "%5f%63srf"}) {
            mvc.perform(post("/pakn?" + name + "=" + token).session(session).param("code", "Q")
                    .param("receivedOn", "05/01/2026").param("channel", "HOTLINE").param("content", "x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(count("pakn", c.id())).isZero();
        mvc.perform(post("/pakn").session(session).param("_csrf", token).param("code", "OK")
                .param("receivedOn", "05/01/2026").param("channel", "HOTLINE").param("content", "x"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("pakn", c.id())).isOne();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        Fixture.Commune c = fixture.commune();
        for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {get("/login"),
                get("/").with(user(c.leader())), get("/pakn").with(user(c.leader()))}) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
        }
    }

    /** The policy allows no inline script, so no template may carry one: handlers live in the app's JS files. */
    @Test
    void noTemplateHasAnInlineScriptOrEventHandler() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|th:on[a-z]+=|javascript:",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return inline.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString)).isEmpty();
        }
    }
}
