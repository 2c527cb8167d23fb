package vn.cchc.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.support.Fixture;
import vn.cchc.support.TestClockConfiguration;

/**
 * Through real Tomcat, which limits a multipart body's plain fields apart from its files: pasted text is read up to
 * the import's own limit (10 MB) and refused above it with 413 and the message on the form, nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ImportLimitOnRealServerTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;

    @Test
    void pastedTextOfThreeMegabytesIsReadAndOfElevenIsRefusedWith413() throws Exception {
        Fixture.Commune c = fixture.commune();
        HttpClient http = loggedIn(c);
        // 3 MB in about a thousand long lines: past Tomcat's default form limit, within the import's line limit
        String minutes = "BIÊN BẢN HỌP CHI BỘ\n"
                + ("Nội dung sinh hoạt thường kỳ. ".repeat(100) + "\n").repeat(3 * 1024 * 1024 / 3100);
        HttpResponse<String> read = paste(http, minutes);
        assertThat(read.statusCode()).isEqualTo(422);
        assertThat(read.body()).contains("Không tìm thấy chỉ tiêu hay nhiệm vụ nào");

        HttpResponse<String> refused = paste(http, "KẾ HOẠCH\n" + "x".repeat(11 * 1024 * 1024));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Văn bản quá lớn: tối đa 10 MB.");
        assertThat(jdbc.sql("select count(*) from plan_import_draft where commune_id = ?").param(c.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aFileOverTheImportsLimitIsRefusedOnTheFormWith413() throws Exception {
        Fixture.Commune c = fixture.commune();
        byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(twelveMegabytes, (byte) 'a');
        HttpResponse<String> refused = post(loggedIn(c), "ke-hoach.txt", twelveMegabytes, "");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Văn bản quá lớn: tối đa 10 MB.", "action=\"/plans/import\"");
        assertThat(jdbc.sql("select count(*) from plan_import_draft where commune_id = ?").param(c.id())
                .query(Integer.class).single()).isZero();
    }

    private HttpResponse<String> paste(HttpClient http, String text) throws Exception {
        return post(http, "", new byte[0], text);
    }

    /** Posts the start page's form as a browser does: multipart, the CSRF token inside the body. */
    private HttpResponse<String> post(HttpClient http, String fileName, byte[] file, String text) throws Exception {
        String csrf = token(get(http, "/plans/import"), "name=\"_csrf\" content=\"([^\"]+)\"");
        String boundary = "----cchc" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/plans/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient loggedIn(Fixture.Commune c) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = get(http, "/login");
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + c.standingAgency().getUsername()
                        + "&password=" + Fixture.PASSWORD + "&_csrf=" + token(loginPage, "name=\"_csrf\" value=\"([^\"]+)\"")))
                .build(), HttpResponse.BodyHandlers.ofString());
        return http;
    }

    private String get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String token(String page, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(page);
        assertThat(m.find()).as("token in page").isTrue();
        return m.group(1);
    }
}
