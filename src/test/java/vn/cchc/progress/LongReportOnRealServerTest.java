package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * Through real Tomcat (MockMvc applies no part or parameter limits): a report of 68 lines, as long as the demo's,
 * posted the way its page posts it (multipart, every field of every line, an empty part for each file input) is
 * saved. With Tomcat's defaults (50 parts, 1,000 parameters) every field, the CSRF token included, was dropped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class LongReportOnRealServerTest {

    private static final int LINES = 68;

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReportOfSixtyEightLinesPostedWithEveryFieldIsSaved() throws Exception {
        Fixture.Commune c = fixture.commune();
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        for (int i = 1; i <= LINES; i++) {
            plans.task(c.standingAgency(), planId, "T" + i, "Tháng 9", c.centreUnit());
        }
        clock.setToday(LocalDate.of(2025, 9, 20));
        long reportId = reports.start(c.unitHead(), planId, c.centreUnit(), "2025M09");
        List<Long> lineIds = jdbc.sql("select id from unit_report_item where report_id = ? order by id")
                .param(reportId).query(Long.class).list();
        assertThat(lineIds).hasSize(LINES);
        Set<Long> typed = Set.of(lineIds.get(0), lineIds.get(LINES / 2), lineIds.get(LINES - 1));

        HttpClient http = loggedIn(c);
        String page = get(http, "/progress/reports/" + reportId);
        Multipart body = new Multipart();
        body.field("_csrf", token(page));
        body.field("version", "0");
        for (String name : lineFieldNames(page)) {
            long id = Long.parseLong(name.substring("lines[".length(), name.indexOf(']')));
            String field = name.substring(name.indexOf("].") + 2);
            boolean typedLine = typed.contains(id);
            switch (field) {
                case "file" -> body.emptyFile(name);
                case "version" -> body.field(name, "0");
                case "touched" -> body.field(name, String.valueOf(typedLine));
                case "status" -> body.field(name, typedLine ? "IN_PROGRESS" : "NOT_STARTED");
                case "narrative" -> body.field(name, typedLine ? "Dòng " + id + ": đã rà soát" : "");
                case "upload.kind" -> body.field(name, "BAO_CAO");
                default -> body.field(name, "");
            }
        }
        assertThat(body.parts).as("parts posted").isGreaterThan(LINES * 12);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/progress/reports/" + reportId + "/save"))
                        .header("Content-Type", "multipart/form-data; boundary=" + body.boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.finish())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/progress/reports/" + reportId);
        for (long id : lineIds) {
            String narrative = jdbc.sql("select narrative from unit_report_item where id = ?").param(id)
                    .query(String.class).list().get(0);
            assertThat(narrative).isEqualTo(typed.contains(id) ? "Dòng " + id + ": đã rà soát" : null);
        }
    }

    /** The name of every line field the page renders, in page order (a multiple select with nothing picked and the
     *  buttons that detach evidence send nothing). */
    private static Set<String> lineFieldNames(String page) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("name=\"(lines\\[\\d+]\\.[^\"]+)\"").matcher(page);
        while (m.find()) {
            if (!m.group(1).endsWith(".attach") && !m.group(1).endsWith(".detach")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** A multipart/form-data body as a browser writes it. */
    private static final class Multipart {
        final String boundary = "----cchc" + System.nanoTime();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int parts;

        void field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        }

        void emptyFile(String name) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n\r\n");
        }

        byte[] finish() {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        private void write(String part) {
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
            parts++;
        }
    }

    private HttpClient loggedIn(Fixture.Commune c) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = get(http, "/login");
        String form = "username=" + c.unitHead().getUsername() + "&password=" + Fixture.PASSWORD + "&_csrf="
                + match(loginPage, "name=\"_csrf\" value=\"([^\"]+)\"");
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return http;
    }

    private String get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String token(String page) {
        return match(page, "name=\"_csrf\" content=\"([^\"]+)\"");
    }

    private static String match(String page, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(page);
        assertThat(m.find()).as(pattern + " on the page").isTrue();
        return m.group(1);
    }
}
