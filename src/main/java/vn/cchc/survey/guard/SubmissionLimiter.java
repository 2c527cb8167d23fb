package vn.cchc.survey.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many answers one network address and one browser may send per hour: a sliding window (the times of the last
 * hour's accepted answers) per key, in memory only, so nothing about who answered is stored. A refused try does
 * not count, so a citizen who waits for the window is let through however often a script was refused meanwhile.
 * The number of keys is bounded: beyond it the least recently seen key is forgotten (its counter starts again),
 * which costs a flood of fresh addresses its own limit but can never exhaust the memory.
 */
public final class SubmissionLimiter {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int DEFAULT_MAX_KEYS = 100_000;

    private final Clock clock;
    private final int perAddress;
    private final int perDevice;
    private final Map<String, ArrayDeque<Long>> windows;

    public SubmissionLimiter(Clock clock, int perAddressPerHour, int perDevicePerHour) {
        this(clock, perAddressPerHour, perDevicePerHour, DEFAULT_MAX_KEYS);
    }

    SubmissionLimiter(Clock clock, int perAddressPerHour, int perDevicePerHour, int maxKeys) {
        if (perAddressPerHour < 1 || perDevicePerHour < 1 || maxKeys < 2) {
            throw new IllegalArgumentException("Limits must allow at least one answer per hour");
        }
        this.clock = clock;
        this.perAddress = perAddressPerHour;
        this.perDevice = perDevicePerHour;
        // Access order: a key in use moves to the end, so the eldest is the least recently seen.
        this.windows = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Long>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Counts one answer from this address and device unless either has reached its limit in the last hour. A
     * missing address or device (no cookie yet) is limited by the other key alone.
     */
    public synchronized boolean tryAcquire(String address, String deviceId) {
        long now = clock.millis();
        ArrayDeque<Long> byAddress = address == null ? null : window("a:" + address, now);
        ArrayDeque<Long> byDevice = deviceId == null ? null : window("d:" + deviceId, now);
        if (full(byAddress, perAddress) || full(byDevice, perDevice)) {
            return false;
        }
        if (byAddress != null) {
            byAddress.addLast(now);
        }
        if (byDevice != null) {
            byDevice.addLast(now);
        }
        return true;
    }

    /** Keys currently remembered (for tests of the bound). */
    synchronized int keys() {
        return windows.size();
    }

    /** The key's accepted times still inside the window; an answer exactly one hour old has left it. */
    private ArrayDeque<Long> window(String key, long now) {
        ArrayDeque<Long> times = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        long oldestKept = now - WINDOW.toMillis();
        while (!times.isEmpty() && times.peekFirst() <= oldestKept) {
            times.removeFirst();
        }
        return times;
    }

    private static boolean full(ArrayDeque<Long> times, int limit) {
        return times != null && times.size() >= limit;
    }
}
