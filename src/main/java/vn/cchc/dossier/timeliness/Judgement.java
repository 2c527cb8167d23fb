package vn.cchc.dossier.timeliness;

import java.time.Instant;
import vn.cchc.dossier.indicators.Rollups;

/**
 * What the rules make of a dossier: its due time (appointment, or received + statutory time, moved on by the
 * working time the clock stood still), when its clock stopped if a pause is still open, whether a second
 * supplementation request made it late, how it ended, and whether an online dossier waited more than the
 * allowed working hours for acceptance (null when the rule does not apply).
 */
public record Judgement(Instant dueAt, Instant endAt, Instant clockStoppedAt, boolean forcedLate, Outcome outcome,
                        Boolean ackLate) {

    /**
     * The state of a dossier still being processed at {@code moment}: overdue or still in time (docs/reference/domain.md
     * §2, docs/indicators.md). This is the reference rule; {@link Rollups#OVERDUE_AT} repeats it in SQL so the rollups
     * judge thousands of dossiers in one query, and OverdueAtAgreementTest runs the case table through both.
     */
    public boolean overdueAt(Instant moment) {
        if (forcedLate) {
            return true;
        }
        Instant judged = clockStoppedAt != null && clockStoppedAt.isBefore(moment) ? clockStoppedAt : moment;
        return judged.isAfter(dueAt);
    }
}
