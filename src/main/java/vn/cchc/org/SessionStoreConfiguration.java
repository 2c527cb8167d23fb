package vn.cchc.org;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in the database (Spring Session JDBC, tables made by Flyway), so every app instance knows every
 * session and a load balancer needs no sticky sessions. An auto-configuration (listed in META-INF/spring), so that it
 * applies after Spring Boot's session store exists: tests without that store (MockMvc's own sessions) get none.
 */
@AutoConfiguration(after = SessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
class SessionStoreConfiguration {

    /** The store the session filter uses: the database's, saving an untouched session at most once a minute. */
    @Bean
    @Primary
    SparseTouchSessions sparseTouchSessions(JdbcIndexedSessionRepository store,
                                               @Value("${cchc.session.touch-interval:1m}") Duration touchInterval) {
        return new SparseTouchSessions(store, touchInterval);
    }
}
