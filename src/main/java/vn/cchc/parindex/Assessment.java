package vn.cchc.parindex;

import java.time.Instant;
import java.time.LocalDate;

/** A commune's PAR self-assessment for a period (first half "2026S1" or the year "2026") against one criteria set. */
public record Assessment(long id, long communeId, long setId, String periodCode, LocalDate deadline, Status status,
                         LocalDate explainDue, Instant submittedAt, Instant finalisedAt, int version) {

    public enum Status {
        /** Units score, the standing agency reviews. */
        IN_PROGRESS,
        /** Approved by the chairman and sent: frozen for the commune, open for the appraiser. */
        SUBMITTED,
        /** The appraiser asked for explanations (one round) until {@link #explainDue()}. */
        EXPLAINING,
        /** Appraised and finalised by the province. */
        FINAL
    }

    public boolean editableByCommune() {
        return status == Status.IN_PROGRESS;
    }

    /** The appraiser scores while the assessment awaits appraisal, and during explanations once their deadline passed. */
    public boolean openForAppraisal(java.time.LocalDate today) {
        return status == Status.SUBMITTED || status == Status.EXPLAINING && today.isAfter(explainDue);
    }

    /** The explanation round is used once it was requested. */
    public boolean explanationRoundUsed() {
        return explainDue != null;
    }
}
