package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.CchcApplication;

/**
 * With {@code spring.datasource.url} set, the application uses that PostgreSQL (here a separate server standing in
 * for an external one), migrates it, and starts no embedded database of its own.
 */
class ExternalDatabaseTest {

    static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws Exception {
        external = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        external.close();
    }

    @Test
    void configuredDatasourceIsUsedAndNoEmbeddedServerStarts() throws Exception {
        String url = external.getJdbcUrl("postgres", "postgres");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcApplication.class)
                .profiles("test")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres", "server.port=0")
                .run()) {
            assertThat(app.getBeansOfType(EmbeddedPostgresConfiguration.class)).isEmpty();
            try (Connection c = external.getPostgresDatabase().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("select count(*) from reform_area")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(8);
            }
        }
    }
}
