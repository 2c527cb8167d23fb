package vn.cchc.shared;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** The database outage page (issue 20, docs/instances.md): first of all filters, so it also covers the session store. */
@Configuration(proxyBeanMethods = false)
class DatabaseDownConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseDownFilter> databaseDown(MessageSource messages, LocaleResolver languages) {
        FilterRegistrationBean<DatabaseDownFilter> registration =
                new FilterRegistrationBean<>(new DatabaseDownFilter(messages, languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
