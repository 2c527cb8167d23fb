package vn.cchc.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection of the login: failures in a row lock the username, many failures from one address
 * throttle that address, both for growing periods (see {@link LockRule}). A lock refuses the attempt at once, never
 * by holding a request thread. Unknown usernames are counted and locked exactly like real ones.
 */
@Component
class LoginThrottle {

    private final LoginAttempts attempts;
    private final Clock clock;
    private final LockRule accountRule;
    private final Duration accountWindow;
    private final LockRule addressRule;
    private final Duration addressWindow;

    LoginThrottle(LoginAttempts attempts, Clock clock,
                  @Value("${cchc.login.account-failures}") int accountFailures,
                  @Value("${cchc.login.account-window}") Duration accountWindow,
                  @Value("${cchc.login.address-failures}") int addressFailures,
                  @Value("${cchc.login.address-window}") Duration addressWindow,
                  @Value("${cchc.login.first-lock}") Duration firstLock,
                  @Value("${cchc.login.max-lock}") Duration maxLock) {
        this.attempts = attempts;
        this.clock = clock;
        this.accountRule = new LockRule(accountFailures, firstLock, maxLock);
        this.accountWindow = accountWindow;
        this.addressRule = new LockRule(addressFailures, firstLock, maxLock);
        this.addressWindow = addressWindow;
    }

    /** The lock that refuses a login with this username from this address now, if any (the account's first). */
    Optional<LoginLocked> lock(String username, String address) {
        Instant now = now();
        Optional<LoginLocked> account = accountRule.lockedUntil(attempts.ofUsername(username, now.minus(accountWindow)))
                .filter(now::isBefore).map(until -> new LoginLocked(LoginLocked.Reason.ACCOUNT, minutes(now, until)));
        if (account.isPresent()) {
            return account;
        }
        return addressRule.lockedUntil(attempts.fromAddress(address, now.minus(addressWindow)))
                .filter(now::isBefore).map(until -> new LoginLocked(LoginLocked.Reason.ADDRESS, minutes(now, until)));
    }

    void failed(String username, String address) {
        attempts.record(username, address, LoginAttempts.Outcome.FAILED, now());
    }

    void refused(String username, String address) {
        attempts.record(username, address, LoginAttempts.Outcome.LOCKED, now());
    }

    void succeeded(String username, String address) {
        attempts.record(username, address, LoginAttempts.Outcome.SUCCEEDED, now());
    }

    /** PostgreSQL keeps microseconds and would round a finer instant up, past the end of a lock. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whole minutes left, rounded up: "try again in 0 minutes" would be wrong. */
    private static long minutes(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
    }
}
