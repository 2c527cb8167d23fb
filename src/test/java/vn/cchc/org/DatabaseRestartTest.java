package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.CchcApplication;
import vn.cchc.support.Fixture;
import vn.cchc.support.TestClockConfiguration;

/**
 * The database restarted under a running app (issue 20): meanwhile every request answers 503 with a short page and
 * no stack trace, within the pool's connection timeout; once it is back, the same session works again without
 * restarting the app. Its own PostgreSQL on a fixed data directory and port, stopped and started again.
 */
class DatabaseRestartTest {

    @TempDir
    Path data;

    @Test
    void requestsDuringAnOutageAnswer503AndTheAppRecoversWhenTheDatabaseReturns() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres db = database(port);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcApplication.class,
                TestClockConfiguration.class).run("--spring.profiles.active=test", "--server.port=0",
                "--spring.autoconfigure.exclude=", "--spring.datasource.username=postgres",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                // Hikari's default is 30 s; docs/instances.md recommends 5 s (a request never hangs for long)
                "--spring.datasource.hikari.connection-timeout=5000");
        try {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            Fixture.Commune c = app.getBean(Fixture.class).commune();
            Browser browser = new Browser();
            browser.login(base, c.standingAgency().getUsername());
            assertThat(browser.get(base, "/account").statusCode()).isEqualTo(200);

            db.close();
            List<Integer> during = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                var answer = browser.get(base, "/account");
                during.add(answer.statusCode());
                assertThat(answer.body()).contains("cơ sở dữ liệu").doesNotContain("Exception").doesNotContain("at org.");
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                // the pool's connection timeout (5 s) and a margin: a request never hangs for long
                assertThat(System.nanoTime() - start).isLessThan(8_000_000_000L);
            }
            assertThat(during).containsOnly(503);

            db = database(port);
            long back = System.nanoTime();
            var again = browser.get(base, "/account");
            assertThat(again.statusCode()).as("the first request after the return").isEqualTo(200);
            assertThat(again.body()).contains(c.standingAgency().fullName());
            assertThat(System.nanoTime() - back).isLessThan(5_000_000_000L);
        } finally {
            app.close();
            db.close();
        }
    }

    private EmbeddedPostgres database(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("timezone", "UTC").start();
    }
}
