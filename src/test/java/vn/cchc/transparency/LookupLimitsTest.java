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
        // a found lookup gives its reservation back; two that find nothing use up the code's failures
        assertThat(limits.tryLookup("10.0.0.1", 7, "HS1")).isNull();
        limits.found(7, "HS1");
        assertThat(limits.tryLookup("10.0.0.1", 7, "HS1")).isNull();
        assertThat(limits.tryLookup("10.0.0.2", 7, "HS1")).isNull();

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
        limits.tryLookup("10.0.0.6", 1, "HS1");
        limits.tryLookup("10.0.0.6", 1, "HS1");
        for (int i = 0; i < 10; i++) {
            assertThat(limits.tryLookup("10.0.0.5", 1, "HS1")).isEqualTo(LookupLimits.Refusal.CODE);
        }
        assertThat(limits.tryLookup("10.0.0.5", 1, "HS2")).isNull();
    }

    @Test
    void parallelGuessesCannotAllPassBeforeAnyOfThemFailed() throws Exception {
        LookupLimits wide = new LookupLimits(1000, Duration.ofMinutes(10), 5, Duration.ofHours(1), 1000, nanos::get);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<LookupLimits.Refusal>> tries = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String address = "10.1." + i + ".1";
                tries.add(pool.submit(() -> wide.tryLookup(address, 1, "HS1")));
            }
            long let = 0;
            for (var t : tries) {
                let += t.get() == null ? 1 : 0;
            }
            assertThat(let).isEqualTo(5);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        assertThat(LookupLimits.network("2001:db8:1:2:aaaa::1")).isEqualTo(LookupLimits.network("2001:0db8:0001:0002:ffff:1:2:3"))
                .isEqualTo("20010db800010002::/64");
        assertThat(LookupLimits.network("2001:db8:1:3::1")).isNotEqualTo(LookupLimits.network("2001:db8:1:2::1"));
        assertThat(LookupLimits.network("10.0.0.1")).isEqualTo("10.0.0.1");
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryLookup("2001:db8:7:7::" + (i + 1), 1, "V6-" + i)).isNull();
        }
        assertThat(limits.tryLookup("2001:db8:7:7::99", 1, "V6-9")).isEqualTo(LookupLimits.Refusal.ADDRESS);
    }
}
