package vn.cchc.parindex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.cchc.shared.VietnamTime;

/**
 * What of a sent assessment awaits the province's appraiser, and since when. Sent and not yet appraised: since it was
 * sent. Explanations given (sent back to the appraiser, the round used): since they were sent. Explanations asked and
 * their deadline passed without them: since the deadline (the appraiser may score again). An explanation round still
 * open is the commune's turn, and a finalised assessment awaits nobody. Pure: no Spring, no database.
 */
public final class AppraisalQueue {

    private AppraisalQueue() {
    }

    public enum Reason { TO_APPRAISE, EXPLAINED, EXPLANATION_LATE }

    /** Why the assessment waits for the appraiser and the day it began waiting. */
    public record Waiting(Reason reason, LocalDate since) {
    }

    /** {@code explainedAt}: when the commune sent its explanations (its second snapshot), if it did. */
    public static Optional<Waiting> of(Assessment a, Instant explainedAt, LocalDate today) {
        return switch (a.status()) {
            case SUBMITTED -> a.explanationRoundUsed()
                    ? Optional.of(new Waiting(Reason.EXPLAINED, day(explainedAt != null ? explainedAt : a.submittedAt())))
                    : Optional.of(new Waiting(Reason.TO_APPRAISE, day(a.submittedAt())));
            case EXPLAINING -> today.isAfter(a.explainDue())
                    ? Optional.of(new Waiting(Reason.EXPLANATION_LATE, a.explainDue())) : Optional.empty();
            case IN_PROGRESS, FINAL -> Optional.empty();
        };
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : VietnamTime.date(at);
    }
}
