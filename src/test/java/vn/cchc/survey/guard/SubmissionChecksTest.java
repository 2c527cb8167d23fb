package vn.cchc.survey.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionChecksTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration MIN_FILL = Duration.ofSeconds(20);
    private static final Duration MAX_AGE = Duration.ofHours(2);
    private static final List<Integer> VARIED = List.of(4, 5, 4, 3, 5, 5, 4, 4);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a careful citizen                   | ''   | -300   | 4,5,4,3,5,5,4,4   | ''
            the hidden field filled             | http | -300   | 4,5,4,3,5,5,4,4   | honeypot
            filled in 19 seconds                | ''   | -19    | 4,5,4,3,5,5,4,4   | too-fast
            filled in exactly the minimum 20 s  | ''   | -20    | 4,5,4,3,5,5,4,4   | ''
            served one second in the future     | ''   | 1      | 4,5,4,3,5,5,4,4   | stale-form
            served exactly the maximum 2 h ago  | ''   | -7200  | 4,5,4,3,5,5,4,4   | ''
            served 2 h 1 s ago                  | ''   | -7201  | 4,5,4,3,5,5,4,4   | stale-form
            eight fives                         | ''   | -300   | 5,5,5,5,5,5,5,5   | straight-lining
            seven fives                         | ''   | -300   | 5,5,5,5,5,5,5     | ''
            eight ones and one unanswered       | ''   | -300   | 1,1,1,1,,1,1,1,1  | straight-lining
            seven threes and one unanswered     | ''   | -300   | 3,3,3,,3,3,3,3    | ''
            nine answers, one different         | ''   | -300   | 5,5,5,5,4,5,5,5,5 | ''
            a robot: all three at once          | x    | -2     | 2,2,2,2,2,2,2,2   | honeypot,too-fast,straight-lining
            """)
    void flagsWhatLooksAutomated(String situation, String honeypot, long servedSecondsFromNow, String values,
                                 String expected) {
        Flags flags = SubmissionChecks.check(honeypot, NOW.plusSeconds(servedSecondsFromNow), NOW, MIN_FILL,
                MAX_AGE, scale(values));
        List<String> reasons = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertThat(flags.reasons()).isEqualTo(reasons);
        assertThat(flags.suspicious()).isEqualTo(!reasons.isEmpty());
    }

    @Test
    void aFormWithoutAValidStampCountsAsStaleAndNoScaleAnswersAreNotStraightLining() {
        Flags flags = SubmissionChecks.check(null, null, NOW, MIN_FILL, MAX_AGE, null);
        assertThat(flags.reasons()).containsExactly("stale-form");
        assertThat(SubmissionChecks.check(null, NOW.minusSeconds(60), NOW, MIN_FILL, MAX_AGE, VARIED).suspicious())
                .isFalse();
    }

    /** "5,,4" → [5, null, 4]. */
    private static List<Integer> scale(String values) {
        return Arrays.stream(values.split(",", -1)).map(v -> v.isEmpty() ? null : Integer.valueOf(v)).toList();
    }
}
