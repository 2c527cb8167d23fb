package vn.cchc.survey.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.support.MutableClock;

class SubmissionLimiterTest {

    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void nineOClock() {
        clock.setToday(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anAddressGetsItsHourlyNumberOfAnswersAndASlotBackAnHourAfterEachOne() {
        SubmissionLimiter limiter = new SubmissionLimiter(clock, 3, 10);
        assertThat(limiter.tryAcquire("10.0.0.1", "d1")).isTrue();   // 09:00
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("10.0.0.1", "d2")).isTrue();   // 09:10
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("10.0.0.1", "d3")).isTrue();   // 09:20
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("10.0.0.1", "d4")).isFalse();  // 09:30, three in the last hour
        assertThat(limiter.tryAcquire("10.0.0.2", "d4")).isTrue();   // another address is not affected

        clock.advance(Duration.ofMinutes(29).plusSeconds(59));       // 09:59:59, 09:00 still inside
        assertThat(limiter.tryAcquire("10.0.0.1", "d5")).isFalse();
        clock.advance(Duration.ofSeconds(1));                        // 10:00, 09:00 has left the window
        assertThat(limiter.tryAcquire("10.0.0.1", "d5")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", "d6")).isFalse();  // 09:10, 09:20, 10:00
        clock.advance(Duration.ofMinutes(10));                       // 10:10, 09:10 has left
        assertThat(limiter.tryAcquire("10.0.0.1", "d6")).isTrue();
    }

    @Test
    void aDeviceIsLimitedWhicheverAddressItComesFrom() {
        SubmissionLimiter limiter = new SubmissionLimiter(clock, 10, 2);
        assertThat(limiter.tryAcquire("10.0.0.1", "phone")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.2", "phone")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.3", "phone")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.3", "other-phone")).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(limiter.tryAcquire("10.0.0.3", "phone")).isTrue();
    }

    @Test
    void refusedTriesDoNotCountSoWaitingAnHourAlwaysHelps() {
        SubmissionLimiter limiter = new SubmissionLimiter(clock, 1, 1);
        assertThat(limiter.tryAcquire("10.0.0.1", "d1")).isTrue();   // 09:00
        clock.advance(Duration.ofMinutes(30));
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1", "d1")).isFalse(); // 09:30, five refusals
        }
        clock.advance(Duration.ofMinutes(30));                       // 10:00: only the 09:00 answer counted
        assertThat(limiter.tryAcquire("10.0.0.1", "d1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", "d1")).isFalse();
    }

    @Test
    void aTryRefusedForTheDeviceDoesNotUseUpTheAddress() {
        SubmissionLimiter limiter = new SubmissionLimiter(clock, 2, 1);
        assertThat(limiter.tryAcquire("10.0.0.1", "d1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", "d1")).isFalse();  // device full; the address stays at 1
        assertThat(limiter.tryAcquire("10.0.0.1", "d2")).isTrue();   // address 2 of 2
        assertThat(limiter.tryAcquire("10.0.0.1", "d3")).isFalse();
    }

    @Test
    void withoutADeviceIdTheAddressAloneLimits() {
        SubmissionLimiter limiter = new SubmissionLimiter(clock, 2, 1);
        assertThat(limiter.tryAcquire("10.0.0.1", null)).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", null)).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", null)).isFalse();
    }

    @Test
    void beyondTheKeyBoundTheLeastRecentlySeenKeysAreForgotten() {
        SubmissionLimiter limiter = new SubmissionLimiter(clock, 1, 1, 4);
        assertThat(limiter.tryAcquire("A", "d1")).isTrue();          // keys a:A d:d1
        assertThat(limiter.tryAcquire("B", "d2")).isTrue();          // + a:B d:d2 = 4
        assertThat(limiter.tryAcquire("C", "d3")).isTrue();          // + a:C d:d3, a:A and d:d1 forgotten
        assertThat(limiter.keys()).isEqualTo(4);
        assertThat(limiter.tryAcquire("A", "d1")).isTrue();          // starts again; forgets a:B d:d2
        assertThat(limiter.tryAcquire("C", "d3")).isFalse();         // still remembered
        assertThat(limiter.tryAcquire("B", "d2")).isTrue();
        assertThat(limiter.keys()).isEqualTo(4);
    }
}
