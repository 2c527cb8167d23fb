package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.cchc.CchcApplication;
import vn.cchc.support.Fixture;

/**
 * The database stops under a running app (a restart, a failover) and comes back on the same data and port. Meanwhile
 * a page answers 503 with the Vietnamese message within the pool's 5 s connection timeout, never a stack trace; once
 * the database is back the same session gets its page again, without restarting the app. The app talks to the
 * database over its URL, as in production (application.properties carries the pool settings this proves).
 */
class DatabaseOutageTest {

    static Path dataDir;
    static int dbPort;
    static EmbeddedPostgres database;

    @BeforeAll
    static void startDatabase() throws Exception {
        dataDir = Files.createTempDirectory("cchc-outage-pg");
        try (ServerSocket s = new ServerSocket(0)) {
            dbPort = s.getLocalPort();
        }
        database = startOn(dataDir, dbPort);
    }

    @AfterAll
    static void removeDatabase() throws Exception {
        database.close();
        FileSystemUtils.deleteRecursively(dataDir);
    }

    /** The same directory and port each time: a restarted server, not a new one. */
    private static EmbeddedPostgres startOn(Path dir, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("timezone", "UTC").start();
    }

    @Test
    void pagesFailCleanlyAndQuicklyWhileTheDatabaseIsDownAndWorkAgainWhenItReturns() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcApplication.class)
                .profiles("test")
                .properties("spring.datasource.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
                        "spring.datasource.username=postgres", "server.port=0")
                .run()) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            Fixture.Commune c = app.getBean(Fixture.class).commune();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            logIn(http, base, c.standingAgency().getUsername());
            assertThat(get(http, base + "/evidence").statusCode()).isEqualTo(200);

            database.close();
            // The first request finds the pool's connections dropped by the stopping server, the second finds none
            // to open: both get the 503 page, each within the pool's 5 s connection timeout.
            for (int i = 1; i <= 2; i++) {
                long start = System.nanoTime();
                HttpResponse<String> during = get(http, base + "/evidence");
                long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                assertThat(during.statusCode()).isEqualTo(503);
                assertThat(during.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(during.body()).contains("Cơ sở dữ liệu tạm thời không kết nối được")
                        .doesNotContain("Exception", "at vn.cchc", "Whitelabel");
                // Hikari's default (30 s) would fail this.
                assertThat(millis).isLessThan(8_000L);
                System.out.printf("database down, request %d: 503 in %d ms%n", i, millis);
            }

            database = startOn(dataDir, dbPort);
            // The pool reconnects on its own (its retry backs off up to the connection timeout, so a request right
            // after the return may still get one 503); the same session, kept in memory here, then sees its page.
            // With sessions in the database the session row outlives the restart just the same.
            long back = System.nanoTime();
            int unavailable = 0;
            HttpResponse<String> after = get(http, base + "/evidence");
            while (after.statusCode() == 503 && Duration.ofNanos(System.nanoTime() - back).toSeconds() < 20) {
                unavailable++;
                after = get(http, base + "/evidence");
            }
            long millis = Duration.ofNanos(System.nanoTime() - back).toMillis();
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains(c.standingAgency().fullName());
            assertThat(unavailable).isLessThanOrEqualTo(1);
            System.out.printf("database back: 200 after %d ms (%d request(s) 503 first), same session%n",
                    millis, unavailable);
        }
    }

    private static void logIn(HttpClient http, String base, String username) throws Exception {
        String token = match(get(http, base + "/login").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + Fixture.PASSWORD
                        + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }
}
