package vn.cchc.progress;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.cchc.org.PageVersions;

/** Runs the reminders every morning, Vietnam time (off in tests, which call {@link Reminders} themselves). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "cchc.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    private final Reminders reminders;
    private final PageVersions pages;

    ReminderJob(Reminders reminders, PageVersions pages) {
        this.reminders = reminders;
        this.pages = pages;
    }

    @Scheduled(cron = "${cchc.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        try {
            reminders.run();
        } finally {
            // the reminders write notifications (the bell on every page) outside any request
            pages.changedEverywhere();
        }
    }
}
