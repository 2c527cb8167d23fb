package vn.cchc.progress;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
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
    private final MeterRegistry metrics;

    ReminderJob(Reminders reminders, PageVersions pages, MeterRegistry metrics) {
        this.reminders = reminders;
        this.pages = pages;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${cchc.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            Reminders.Run run = reminders.run();
            outcome = run.skipped() ? "skipped" : "done";
            metrics.counter("cchc.reminders.sent", "channel", "in-app").increment(run.notifications());
            metrics.counter("cchc.reminders.sent", "channel", "email").increment(run.emails());
        } finally {
            Timer.builder("cchc.reminders.run").description("Daily reminder runs, by outcome (skipped: another "
                            + "instance held the lock)").tag("outcome", outcome).register(metrics)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            // the reminders write notifications (the bell on every page) outside any request
            pages.changedEverywhere();
        }
    }
}
