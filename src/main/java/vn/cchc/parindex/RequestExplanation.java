package vn.cchc.parindex;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;

/** The appraiser sends the criteria marked for explanation back to the commune, once, with a deadline. */
@Service
public class RequestExplanation {

    private final AssessmentAccess access;
    private final AssessmentRepository repository;
    private final TransactionTemplate transaction;

    RequestExplanation(AssessmentAccess access, AssessmentRepository repository, TransactionTemplate transaction) {
        this.access = access;
        this.repository = repository;
        this.transaction = transaction;
    }

    /** Opens the one explanation round until {@code due} (after today). One transaction: status and deadline. */
    public void request(CurrentUser user, long id, LocalDate due, int version) {
        Assessment a = access.assessmentFor(user, AssessmentPolicy.Step.REQUEST_EXPLANATIONS, id);
        if (due == null || !due.isAfter(access.today())) {
            throw InvalidInput.of("due", "parindex.explain.dueFuture");
        }
        if (repository.items(a.communeId(), id).stream().noneMatch(i -> i.explanationRequest() != null)) {
            throw InvalidInput.of(null, "parindex.explain.noneMarked");
        }
        transaction.executeWithoutResult(s -> {
            if (!repository.changeStatus(a.communeId(), id, version, Assessment.Status.EXPLAINING)) {
                throw new Conflict("parindex.assessment.changed");
            }
            repository.markExplaining(a.communeId(), id, due);
        });
    }
}
