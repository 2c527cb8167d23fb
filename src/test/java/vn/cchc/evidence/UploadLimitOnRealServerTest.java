package vn.cchc.evidence;

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
 * Through real Tomcat (MockMvc does not apply multipart limits): a file over the configured 20 MB is refused with
 * 413 and the Vietnamese message, even though the CSRF token sits inside the multipart body, and nothing is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class UploadLimitOnRealServerTest {

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndAVietnameseMessage() throws Exception {
        Fixture.Commune c = fixture.commune();
        byte[] tooLarge = new byte[21 * 1024 * 1024];
        tooLarge[0] = '%';
        HttpResponse<String> response = uploadEvidence(loggedIn(c), "lon.pdf", tooLarge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Tệp quá lớn: tối đa 20 MB mỗi tệp.");
        assertThat(jdbc.sql("select count(*) from evidence_document where commune_id = ?").param(c.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aFileNameWithANulByteIsRefusedWith400AndAMessage() throws Exception {
        Fixture.Commune c = fixture.commune();
        HttpResponse<String> response = uploadEvidence(loggedIn(c), "bao\u0000cao.pdf", EvidenceFiles.pdf("Báo cáo"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Tên tệp tải lên chứa ký tự không hợp lệ");
        assertThat(jdbc.sql("select count(*) from evidence_document where commune_id = ?").param(c.id())
                .query(Integer.class).single()).isZero();
    }

    /** Posts a file to the evidence library as the page does: the CSRF token inside the multipart body. */
    private HttpResponse<String> uploadEvidence(HttpClient http, String fileName, byte[] content) throws Exception {
        String csrf = token(get(http, "/evidence"), "name=\"_csrf\" content=\"([^\"]+)\"");
        String boundary = "----cchc" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(http, "/evidence", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private HttpClient loggedIn(Fixture.Commune c) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = get(http, "/login");
        post(http, "/login", "application/x-www-form-urlencoded",
                ("username=" + c.unitStaff().getUsername() + "&password=" + Fixture.PASSWORD + "&_csrf="
                        + token(loginPage, "name=\"_csrf\" value=\"([^\"]+)\"")).getBytes(StandardCharsets.UTF_8));
        return http;
    }

    private String get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> post(HttpClient http, String path, String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", type).header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(page);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }
}
