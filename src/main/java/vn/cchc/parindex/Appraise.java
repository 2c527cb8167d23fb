package vn.cchc.parindex;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;

/** The province's appraiser scores one criterion of a submitted assessment. */
@Service
public class Appraise {

    private final AssessmentAccess access;
    private final AssessmentRepository repository;
    private final CriteriaSets sets;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Appraise(AssessmentAccess access, AssessmentRepository repository, CriteriaSets sets, TransactionTemplate transaction,
             Clock clock) {
        this.access = access;
        this.repository = repository;
        this.sets = sets;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The appraiser's score for one criterion (survey criteria included), with a comment that is required when it
     * differs from the self score, and optionally a request for explanation to send in the one round. One
     * transaction: the score and its audit.
     */
    public void appraise(CurrentUser user, long itemId, BigDecimal points, String comment, String explanationRequest,
                         int version) {
        AssessmentAccess.Located l = access.itemFor(user, AssessmentPolicy.Step.APPRAISE, itemId);
        if (points == null) {
            throw InvalidInput.of("points", "parindex.points.missing");
        }
        CriterionScoring.checkPoints(sets.rule(l.node()), l.node().maxPoints(), points).ifPresent(p -> {
            throw InvalidInput.of("points", p.key(), p.args());
        });
        String why = AssessmentText.of(comment);
        if (why == null && l.item().selfPoints() != null && points.compareTo(l.item().selfPoints()) != 0) {
            throw InvalidInput.of("comment", "parindex.appraise.commentRequired");
        }
        String request = l.assessment().explanationRoundUsed() ? l.item().explanationRequest()
                : AssessmentText.of(explanationRequest);
        transaction.executeWithoutResult(s -> {
            if (!repository.appraise(l.item().communeId(), itemId, version, points, why, request)) {
                throw new Conflict("parindex.item.changed");
            }
            if (!CriterionScoring.samePoints(l.item().appraisedPoints(), points)) {
                repository.audit(l.item().communeId(), l.assessment().id(), itemId, "APPRAISED",
                        l.item().appraisedPoints(), points, why, user.id(), clock.instant());
            }
        });
    }
}
