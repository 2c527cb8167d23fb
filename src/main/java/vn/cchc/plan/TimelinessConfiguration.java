package vn.cchc.plan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the timeliness settings once, for the plan's pages and the progress module alike. */
@Configuration
class TimelinessConfiguration {

    @Bean
    TaskTimeliness taskTimeliness(@Value("${cchc.plan.due-soon-days:7}") int dueSoonDays,
                                  @Value("${cchc.progress.coordinator-lead-working-days:5}") int coordinatorDays) {
        return new TaskTimeliness(new TimelinessSettings(dueSoonDays, coordinatorDays));
    }
}
