package vn.cchc.org;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets old login attempts every night, Vietnam time (off in tests, which call {@link LoginThrottle} themselves).
 * Every instance may run it: a second delete finds nothing.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "cchc.login.cleanup-enabled", havingValue = "true", matchIfMissing = true)
class LoginAttemptCleanupJob {

    private final LoginThrottle throttle;

    LoginAttemptCleanupJob(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(cron = "${cchc.login.cleanup-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        throttle.forgetOldAttempts();
    }
}
