package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.org.PageVersions;
import vn.cchc.support.IntegrationTest;

/** The scheduled reminder run counts itself: one run with its outcome, and what it sent by channel. */
@IntegrationTest
class ReminderJobMetricsTest {

    @Autowired Reminders reminders;
    @Autowired PageVersions pages;

    @Test
    void aScheduledRunIsTimedByOutcomeAndCountsWhatItSent() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();

        new ReminderJob(reminders, pages, metrics).daily();

        assertThat(metrics.get("cchc.reminders.run").tag("outcome", "done").timer().count()).isEqualTo(1);
        assertThat(metrics.get("cchc.reminders.sent").tag("channel", "in-app").counter().count()).isNotNegative();
        assertThat(metrics.get("cchc.reminders.sent").tag("channel", "email").counter().count()).isZero();
    }
}
