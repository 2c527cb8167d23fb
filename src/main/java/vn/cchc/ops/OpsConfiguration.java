package vn.cchc.ops;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The request id filter, first of all (so even the metrics' and security's log lines carry the id). */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
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
