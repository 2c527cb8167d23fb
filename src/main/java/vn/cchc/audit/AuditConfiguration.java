package vn.cchc.audit;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /**
     * The application's data source, wrapped so the audit triggers know who acts. Only the bean named
     * {@code dataSource}: a data source built over it (a router, a replica) must not tell the database twice.
     */
    @Bean
    static BeanPostProcessor auditActorDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return "dataSource".equals(name) && bean instanceof DataSource source
                        && !(bean instanceof ActorDataSource) ? new ActorDataSource(source) : bean;
            }
        };
    }

    /**
     * Login events for the audit log. Spring's publisher knows only Spring's own exceptions; the login lock's own
     * refusal (and any other) is published as a failure too, so no failed login goes unrecorded.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }
}
