package vn.cchc.parindex;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;

/**
 * The standing agency's part while the commune works: it accepts or returns a unit's proposal, gives a criterion to
 * another unit, and links plan tasks and targets to a criterion. Each is one statement or one transaction.
 */
@Service
public class ReviewProposal {

    private final AssessmentAccess access;
    private final AssessmentRepository repository;
    private final LiveFigures live;
    private final OrgDirectory org;
    private final TransactionTemplate transaction;

    ReviewProposal(AssessmentAccess access, AssessmentRepository repository, LiveFigures live, OrgDirectory org,
                   TransactionTemplate transaction) {
        this.access = access;
        this.repository = repository;
        this.live = live;
        this.org = org;
        this.transaction = transaction;
    }

    /** Accepts a submitted criterion, or returns it to the unit with a comment saying what to fix. */
    public void review(CurrentUser user, long itemId, boolean accept, String comment, int version) {
        AssessmentAccess.Located l = access.itemFor(user, AssessmentPolicy.Step.REVIEW, itemId);
        if (!accept && AssessmentText.of(comment) == null) {
            throw InvalidInput.of("comment", "parindex.review.commentRequired");
        }
        if (!repository.changeState(l.item().communeId(), itemId, version,
                accept ? AssessmentItem.State.ACCEPTED : AssessmentItem.State.RETURNED, AssessmentText.of(comment))) {
            throw new Conflict("parindex.item.changed");
        }
    }

    /** Gives a criterion to another unit of the commune, while it is not yet accepted. */
    public void reassign(CurrentUser user, long itemId, long unitId) {
        AssessmentAccess.Located l = access.itemFor(user, AssessmentPolicy.Step.REASSIGN, itemId);
        Unit unit = org.unit(l.item().communeId(), unitId).orElseThrow(() -> InvalidInput.of("unit", "parindex.unit.unknown"));
        repository.reassign(l.item().communeId(), itemId, unit.id());
    }

    /** Links plan tasks and targets of the commune to a criterion (by its code, for every period). */
    public void link(CurrentUser user, long itemId, List<Long> taskIds, List<Long> targetIds) {
        AssessmentAccess.Located l = access.itemFor(user, AssessmentPolicy.Step.LINK, itemId);
        LiveFigures.Inputs inputs = live.inputs(l.assessment());
        List<Long> tasks = taskIds == null ? List.of() : taskIds.stream().distinct().toList();
        List<Long> targets = targetIds == null ? List.of() : targetIds.stream().distinct().toList();
        if (!inputs.tasks.keySet().containsAll(tasks) || !inputs.targets.keySet().containsAll(targets)) {
            throw InvalidInput.of("tasks", "parindex.link.unknown");
        }
        transaction.executeWithoutResult(s -> repository.replaceLinks(l.item().communeId(), l.node().code(), tasks, targets));
    }
}
