package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket by hand: 60 a minute is one token a second; a burst of 3 is spent at once, then one per second. */
class RateLimitsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimits limits = new RateLimits(60, 3, nanos::get);

    @Test
    void aBurstIsSpentThenTokensComeBackAtTheRate() {
        assertThat(new long[] {limits.take(1), limits.take(1), limits.take(1)}).containsOnly(0L);
        assertThat(limits.take(1)).as("empty: a token is 1 s away").isEqualTo(1);

        nanos.addAndGet(400_000_000L);   // 0.4 token back: still short
        assertThat(limits.take(1)).isEqualTo(1);
        nanos.addAndGet(600_000_000L);   // 1.0 token: one request
        assertThat(limits.take(1)).isZero();
        assertThat(limits.take(1)).isEqualTo(1);
    }

    @Test
    void anIdleKeyRefillsOnlyToItsBurstAndKeysDoNotShare() {
        limits.take(1);
        nanos.addAndGet(3_600_000_000_000L);   // an hour idle: still only 3
        assertThat(new long[] {limits.take(1), limits.take(1), limits.take(1)}).containsOnly(0L);
        assertThat(limits.take(1)).isPositive();
        assertThat(limits.take(2)).isZero();
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        RateLimits slow = new RateLimits(1, 1, nanos::get);   // one a minute
        assertThat(slow.take(7)).isZero();
        nanos.addAndGet(15_000_000_000L);   // a quarter of a token back: 45 s to wait
        assertThat(slow.take(7)).isEqualTo(45);
    }
}
