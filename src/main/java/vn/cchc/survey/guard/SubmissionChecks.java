package vn.cchc.survey.guard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Signs that an anonymous answer was not given by a person reading the form, judged from the answer alone. They
 * flag the answer for the officer reviewing the results and for the indices' "without flagged answers" figure;
 * none rejects it, because each can also happen to a real citizen (a quick tap through, "very satisfied" on every
 * question).
 */
public final class SubmissionChecks {

    public static final String HONEYPOT = "honeypot";
    public static final String TOO_FAST = "too-fast";
    public static final String STALE_FORM = "stale-form";
    public static final String STRAIGHT_LINING = "straight-lining";

    /** Fewer identical answers may well be honest; from this many on the sameness is worth a look. */
    static final int STRAIGHT_LINING_MIN_ITEMS = 8;

    private SubmissionChecks() {
    }

    /**
     * @param honeypot    the hidden field people do not see; only robots fill it
     * @param servedAt    when the form was served (from a verified {@link FormStamp}); null when the stamp was
     *                    missing or forged, which counts as a stale form: the filling time is unknown
     * @param scaleValues the answers on the scale questions, unanswered ones null
     */
    public static Flags check(String honeypot, Instant servedAt, Instant now, Duration minFill, Duration maxAge,
                              List<Integer> scaleValues) {
        List<String> reasons = new ArrayList<>();
        if (honeypot != null && !honeypot.isBlank()) {
            reasons.add(HONEYPOT);
        }
        if (servedAt == null || servedAt.isAfter(now) || Duration.between(servedAt, now).compareTo(maxAge) > 0) {
            reasons.add(STALE_FORM);
        } else if (Duration.between(servedAt, now).compareTo(minFill) < 0) {
            reasons.add(TOO_FAST);
        }
        if (straightLined(scaleValues)) {
            reasons.add(STRAIGHT_LINING);
        }
        return new Flags(reasons);
    }

    /** At least eight answered scale questions, all given the same value. */
    private static boolean straightLined(List<Integer> scaleValues) {
        if (scaleValues == null) {
            return false;
        }
        List<Integer> answered = scaleValues.stream().filter(Objects::nonNull).toList();
        return answered.size() >= STRAIGHT_LINING_MIN_ITEMS && answered.stream().distinct().count() == 1;
    }
}
