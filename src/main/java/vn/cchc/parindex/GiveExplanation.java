package vn.cchc.parindex;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;

/** The commune answers the appraiser's questions, criterion by criterion, and sends its explanations. */
@Service
public class GiveExplanation {

    private final AssessmentAccess access;
    private final AssessmentRepository repository;
    private final FrozenSnapshots snapshots;
    private final TransactionTemplate transaction;

    GiveExplanation(AssessmentAccess access, AssessmentRepository repository, FrozenSnapshots snapshots,
                    TransactionTemplate transaction) {
        this.access = access;
        this.repository = repository;
        this.snapshots = snapshots;
        this.transaction = transaction;
    }

    /** The commune's explanation of one criterion the appraiser asked about, until the deadline (one statement). */
    public void explain(CurrentUser user, long itemId, String explanation) {
        AssessmentAccess.Located l = access.itemFor(user, AssessmentPolicy.Step.EXPLAIN, itemId);
        String text = AssessmentText.of(explanation);
        if (text == null || text.length() > AssessmentText.MAX_LENGTH) {
            throw InvalidInput.of("explanation", "parindex.explain.required");
        }
        repository.explain(l.item().communeId(), itemId, text);
    }

    /**
     * The commune sends its explanations: a second frozen snapshot, and the appraiser can score again. One
     * transaction: status and snapshot.
     */
    public void submit(CurrentUser user, long id, int version) {
        Assessment a = access.assessmentFor(user, AssessmentPolicy.Step.SUBMIT_EXPLANATIONS, id);
        transaction.executeWithoutResult(s -> {
            if (!repository.changeStatus(a.communeId(), id, version, Assessment.Status.SUBMITTED)) {
                throw new Conflict("parindex.assessment.changed");
            }
            snapshots.freeze(user, a, 2);
        });
    }
}
