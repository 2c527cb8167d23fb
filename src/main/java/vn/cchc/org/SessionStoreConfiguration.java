package vn.cchc.org;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database (Spring Session JDBC, tables made by Flyway), so every app instance knows every
 * session and a load balancer needs no sticky sessions. An auto-configuration (listed in META-INF/spring), so that it
 * applies after Spring Boot's session store exists: tests without that store (MockMvc's own sessions) get none.
 */
@AutoConfiguration(after = {SessionAutoConfiguration.class, TransactionAutoConfiguration.class})
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
class SessionStoreConfiguration {

    /** The store the session filter uses: the database's, saving an untouched session at most once a minute. */
    @Bean
    @Primary
    SparseTouchSessions sparseTouchSessions(JdbcIndexedSessionRepository store,
                                               @Value("${cchc.session.touch-interval:1m}") Duration touchInterval) {
        return new SparseTouchSessions(store, touchInterval);
    }

    /**
     * An attribute is saved with PostgreSQL's upsert: the first requests of a new session, sent at once (tabs, a
     * page and its htmx parts), each add the same new attribute (the CSRF token), and a plain INSERT failed all but
     * one of them with a duplicate key (a 500).
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * How the session store runs its statements (Spring Session takes the bean of this name): a session is read
     * without a transaction of its own, and written in one, as Spring Boot would set it up. Registered after
     * Spring Boot's transaction template, which stands back when any TransactionOperations exists before it.
     */
    @Bean("springSessionTransactionOperations")
    SessionReadsWithoutTransaction springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate writes = new TransactionTemplate(transactions);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SessionReadsWithoutTransaction(writes);
    }

    /** Outside Spring Session's filter, on every dispatch: the session a request read ends with it. */
    @Bean
    FilterRegistrationBean<SessionOfARequest> sessionOfARequest(SparseTouchSessions sessions) {
        FilterRegistrationBean<SessionOfARequest> registration =
                new FilterRegistrationBean<>(new SessionOfARequest(sessions));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }
}
