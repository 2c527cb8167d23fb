package vn.cchc.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One injectable clock so that tests can move time. */
    @Bean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }
}
