package vn.cchc.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection of the login: failures in a row lock the username, many failures from one address
 * throttle that address, both for growing periods (see {@link LockRule}). A lock refuses the attempt at once, never
 * by holding a request thread. Unknown usernames are counted and locked exactly like real ones.
 */
@Component
class LoginThrottle {

    /** A lock that holds: whose, and from when (its last failure) until when. */
    private record Lock(LoginLocked.Reason reason, Instant from, Instant until) {
    }

    private final LoginAttempts attempts;
    private final Clock clock;
    private final LockRule accountRule;
    private final Duration accountWindow;
    private final LockRule addressRule;
    private final Duration addressWindow;
    private final Duration retention;

    LoginThrottle(LoginAttempts attempts, Clock clock,
                  @Value("${cchc.login.account-failures}") int accountFailures,
                  @Value("${cchc.login.account-window}") Duration accountWindow,
                  @Value("${cchc.login.address-failures}") int addressFailures,
                  @Value("${cchc.login.address-window}") Duration addressWindow,
                  @Value("${cchc.login.first-lock}") Duration firstLock,
                  @Value("${cchc.login.max-lock}") Duration maxLock,
                  @Value("${cchc.login.retention}") Duration retention) {
        this.attempts = attempts;
        this.clock = clock;
        this.accountRule = new LockRule(accountFailures, firstLock, maxLock);
        this.accountWindow = accountWindow;
        this.addressRule = new LockRule(addressFailures, firstLock, maxLock);
        this.addressWindow = addressWindow;
        this.retention = retention;
    }

    /**
     * Lets an attempt check its password, or refuses it with the lock that holds. An admitted attempt is recorded as
     * failed before its slow password check, inside the same per-username and per-address turn as the look at the
     * locks: guesses sent at once are each counted by the next, so no more are checked than the locks allow. Of the
     * refusals only a lock's first is stored: the rest would cost nothing but rows.
     *
     * @return the attempt, to be turned into a success once the password is right
     */
    @Transactional(noRollbackFor = LoginLocked.class)
    long admit(String username, String address) {
        attempts.serialise(username, address);
        Instant now = now();
        Optional<Lock> lock = lock(username, address, now);
        if (lock.isPresent()) {
            if (!attempts.refusedSince(lock.get().reason(), username, address, lock.get().from())) {
                attempts.record(username, address, LoginAttempts.Outcome.LOCKED, now);
            }
            throw locked(lock.get(), now);
        }
        return attempts.record(username, address, LoginAttempts.Outcome.FAILED, now);
    }

    void succeeded(long attemptId) {
        attempts.succeeded(attemptId);
    }

    /** The lock this attempt's failure has reached, if any: the failure is answered with its message. */
    Optional<LoginLocked> lockAfterFailure(String username, String address) {
        Instant now = now();
        return lock(username, address, now).map(lock -> locked(lock, now));
    }

    /** The admin reset the user's password or enabled them: their account's failures no longer count. */
    void unlock(long userId) {
        attempts.recordUnlock(userId, now());
    }

    /** Attempts older than the retention period count for no lock any more. */
    int forgetOldAttempts() {
        return attempts.deleteBefore(now().minus(retention));
    }

    /** The lock that refuses a login with this username from this address now, if any (the account's first). */
    private Optional<Lock> lock(String username, String address, Instant now) {
        LoginAttempts.Failures ofAccount = attempts.ofUsername(username, now.minus(accountWindow));
        Optional<Lock> account = accountRule.lockedUntil(ofAccount).filter(now::isBefore)
                .map(until -> new Lock(LoginLocked.Reason.ACCOUNT, ofAccount.last(), until));
        if (account.isPresent()) {
            return account;
        }
        LoginAttempts.Failures fromAddress = attempts.fromAddress(address, now.minus(addressWindow));
        return addressRule.lockedUntil(fromAddress).filter(now::isBefore)
                .map(until -> new Lock(LoginLocked.Reason.ADDRESS, fromAddress.last(), until));
    }

    /** PostgreSQL keeps microseconds and would round a finer instant up, past the end of a lock. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whole minutes left, rounded up: "try again in 0 minutes" would be wrong. */
    private static LoginLocked locked(Lock lock, Instant now) {
        long seconds = Duration.between(now, lock.until()).getSeconds();
        return new LoginLocked(lock.reason(), Math.max(1, (seconds + 59) / 60));
    }
}
