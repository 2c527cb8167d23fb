package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The lookup's counters on a hand-moved clock: 3 lookups per address per 10 minutes, 2 failures per code per hour. */
class LookupLimitsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final LookupLimits limits = new LookupLimits(3, Duration.ofMinutes(10), 2, Duration.ofHours(1), 1000, nanos::get);

    private void minutes(long m) {
        nanos.addAndGet(Duration.ofMinutes(m).toNanos());
    }

    @Test
    void anAddressGetsItsAllowancePerWindowAndRefusedTriesDoNotCount() {
        List<LookupLimits.Refusal> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(limits.tryLookup("10.0.0.1", 1, "HS" + i));
        }
        assertThat(answers).containsExactly(null, null, null, LookupLimits.Refusal.ADDRESS, LookupLimits.Refusal.ADDRESS);
        assertThat(limits.tryLookup("10.0.0.2", 1, "HS9")).isNull();
        minutes(9);
        assertThat(limits.tryLookup("10.0.0.1", 1, "HS5")).isEqualTo(LookupLimits.Refusal.ADDRESS);
        // The window opened with the first lookup: ten minutes later the address starts again.
        minutes(1);
        assertThat(limits.tryLookup("10.0.0.1", 1, "HS5")).isNull();
    }

    @Test
    void aCodeLocksAfterItsFailuresForEveryAddressUntilItsHourIsOver() {
        assertThat(limits.tryLookup("10.0.0.1", 7, "HS1")).isNull();
        limits.failed(7, "HS1");
        assertThat(limits.tryLookup("10.0.0.1", 7, "HS1")).isNull();
        limits.failed(7, "HS1");

        assertThat(limits.tryLookup("10.0.0.3", 7, "HS1")).isEqualTo(LookupLimits.Refusal.CODE);
        // The same code of another commune is another dossier.
        assertThat(limits.tryLookup("10.0.0.3", 8, "HS1")).isNull();
        minutes(59);
        assertThat(limits.tryLookup("10.0.0.4", 7, "HS1")).isEqualTo(LookupLimits.Refusal.CODE);
        minutes(1);
        assertThat(limits.tryLookup("10.0.0.4", 7, "HS1")).isNull();
    }

    @Test
    void aLockedCodeDoesNotUseUpTheAddressesAllowance() {
        limits.failed(1, "HS1");
        limits.failed(1, "HS1");
        for (int i = 0; i < 10; i++) {
            assertThat(limits.tryLookup("10.0.0.5", 1, "HS1")).isEqualTo(LookupLimits.Refusal.CODE);
        }
        assertThat(limits.tryLookup("10.0.0.5", 1, "HS2")).isNull();
    }
}
