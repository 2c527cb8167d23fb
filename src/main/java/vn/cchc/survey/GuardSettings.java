package vn.cchc.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.survey.guard.FormStamp;
import vn.cchc.survey.guard.SubmissionLimiter;

/**
 * The public form's abuse limits, each a setting. An address is shared by a whole commune office behind one router
 * (and by the counter's tablet), so its limit is generous; a device cookie is one phone, so its limit is tight.
 */
@Configuration
class GuardSettings {

    /** How long a form must take at least, and how old its stamp may be, before an answer is flagged. */
    record Timing(Duration minFill, Duration maxAge) {
    }

    @Bean
    SubmissionLimiter submissionLimiter(Clock clock,
                                        @Value("${cchc.survey.per-address-per-hour:300}") int perAddress,
                                        @Value("${cchc.survey.per-device-per-hour:20}") int perDevice) {
        return new SubmissionLimiter(clock, perAddress, perDevice);
    }

    @Bean
    Timing surveyTiming(@Value("${cchc.survey.min-fill-seconds:15}") long minFillSeconds,
                        @Value("${cchc.survey.max-form-age-hours:24}") long maxAgeHours) {
        return new Timing(Duration.ofSeconds(minFillSeconds), Duration.ofHours(maxAgeHours));
    }

    /** A secret for the served-at stamp; by default new at each start (a form served before a restart is flagged stale, not lost). */
    @Bean
    FormStamp formStamp(@Value("${cchc.survey.stamp-secret:}") String secret) {
        byte[] key = secret.isBlank() ? new byte[32] : secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (secret.isBlank()) {
            new SecureRandom().nextBytes(key);
        }
        return new FormStamp(key);
    }
}
