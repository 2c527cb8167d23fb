package vn.cchc.parindex;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;

/** The chairman approves the whole assessment and sends it to the province. */
@Service
public class ApproveAndSend {

    private final AssessmentAccess access;
    private final AssessmentRepository repository;
    private final FrozenSnapshots snapshots;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApproveAndSend(AssessmentAccess access, AssessmentRepository repository, FrozenSnapshots snapshots,
                   TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.snapshots = snapshots;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Approves once every criterion is accepted; the assessment goes to the province as a frozen snapshot (version 1)
     * with its evidence list. One transaction: status, submission and snapshot together.
     */
    public int approve(CurrentUser user, long id, int version) {
        Assessment a = access.assessmentFor(user, AssessmentPolicy.Step.APPROVE, id);
        long notAccepted = repository.items(a.communeId(), id).stream()
                .filter(i -> i.state() != AssessmentItem.State.ACCEPTED).count();
        AssessmentAccess.require(AssessmentPolicy.allAccepted(notAccepted));
        transaction.executeWithoutResult(s -> {
            if (!repository.changeStatus(a.communeId(), id, version, Assessment.Status.SUBMITTED)) {
                throw new Conflict("parindex.assessment.changed");
            }
            repository.markSubmitted(a.communeId(), id, user.id(), clock.instant());
            snapshots.freeze(user, a, 1);
        });
        return 1;
    }
}
