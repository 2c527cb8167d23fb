package vn.cchc.ops;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * The request id filter, first of all (so even the metrics' and security's log lines carry the id), and what is
 * measured.
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * No observation of each security filter: with metrics on, Spring Security times every filter of the chain and
     * counts its before and after events for every request (about a sixth of a kept page's time under load). The
     * request as a whole is still timed per route ({@code http_server_requests_seconds}).
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * "mail" in readiness when no SMTP server is configured: reminders are then in-app only, which is a choice, not
     * a fault, so it is UP. With {@code spring.mail.host} set, Spring Boot's own mail health (a connection to the
     * server) takes the name instead.
     */
    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
    HealthIndicator mailHealthIndicator() {
        return () -> Health.up().withDetail("smtp", "not configured: reminders are in-app only").build();
    }
}
