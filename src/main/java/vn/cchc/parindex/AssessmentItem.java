package vn.cchc.parindex;

import java.math.BigDecimal;

/**
 * One leaf criterion of an assessment: the responsible unit's proposal (points, count, comment, an override reason
 * when it departs from the computed proposal), the standing agency's review and the appraiser's score.
 */
public record AssessmentItem(long id, long assessmentId, long communeId, long nodeId, long unitId, State state,
                             BigDecimal selfPoints, Integer countValue, BigDecimal computedPoints, BigDecimal computedFigure,
                             String overrideReason, String comment, String reviewComment, BigDecimal appraisedPoints,
                             String appraisalComment, String explanationRequest, String explanation, int version) {

    public enum State { OPEN, SUBMITTED, RETURNED, ACCEPTED }

    public boolean editable() {
        return state == State.OPEN || state == State.RETURNED;
    }

    public boolean overridden() {
        return overrideReason != null;
    }

    /** Appraised minus self points; null until both exist. */
    public BigDecimal delta() {
        return appraisedPoints == null || selfPoints == null ? null : appraisedPoints.subtract(selfPoints);
    }
}
