package vn.cchc.org;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a run of failed logins locks: the {@code maxFailures}-th failure locks for {@code firstLock}, and each
 * failure after it (one can only be made once the lock is over) doubles the lock, up to {@code maxLock}.
 */
record LockRule(int maxFailures, Duration firstLock, Duration maxLock) {

    /** Doubling more often than this is already past any sensible maximum (and would overflow). */
    private static final int MAX_DOUBLINGS = 30;

    Optional<Instant> lockedUntil(LoginAttempts.Failures failures) {
        if (failures.count() < maxFailures) {
            return Optional.empty();
        }
        Duration lock = firstLock.multipliedBy(1L << Math.min(failures.count() - maxFailures, MAX_DOUBLINGS));
        return Optional.of(failures.last().plus(lock.compareTo(maxLock) > 0 ? maxLock : lock));
    }
}
