package vn.cchc.parindex;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.NotFoundException;

/**
 * Loads an assessment or one of its items for a user and enforces {@link AssessmentPolicy} on it: the shared first
 * half of every workflow step. Whoever may not see it gets 404; whoever may see it but not take the step gets 403 or
 * 409 with the policy's message key.
 */
@Component
class AssessmentAccess {

    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final OrgDirectory org;
    private final Clock clock;

    AssessmentAccess(AssessmentRepository repository, CriteriaRepository criteria, OrgDirectory org, Clock clock) {
        this.repository = repository;
        this.criteria = criteria;
        this.org = org;
        this.clock = clock;
    }

    LocalDate today() {
        return vn.cchc.shared.VietnamTime.today(clock);
    }

    /**
     * The assessment if the user may see it: commune users their own commune's (else 404); the province's appraisers
     * and admins those of their province's communes once submitted.
     */
    Assessment assessment(CurrentUser user, long id) {
        if (user.hasCommune()) {
            return repository.find(user.communeId(), id).orElseThrow(() -> new NotFoundException("assessment", id));
        }
        long communeId = repository.communeOf(id).orElseThrow(() -> new NotFoundException("assessment", id));
        Assessment a = repository.find(communeId, id).orElseThrow();
        if (org.commune(communeId).provinceId() != user.provinceId() || a.status() == Assessment.Status.IN_PROGRESS) {
            throw new NotFoundException("assessment", id);
        }
        return a;
    }

    record Located(Assessment assessment, AssessmentItem item, CriteriaNode node) {

        boolean survey() {
            return node.method() == ScoringMethod.SURVEY;
        }
    }

    /** An item of an assessment the user may see, else 404. */
    Located locate(CurrentUser user, long itemId) {
        long communeId = user.hasCommune() ? user.communeId() : repository.communeOfItem(itemId)
                .orElseThrow(() -> new NotFoundException("criterion", itemId));
        AssessmentItem item = repository.item(communeId, itemId).orElseThrow(() -> new NotFoundException("criterion", itemId));
        Assessment a = assessment(user, item.assessmentId());
        CriteriaNode node = criteria.nodes(a.setId()).stream().filter(n -> n.id() == item.nodeId()).findFirst().orElseThrow();
        return new Located(a, item, node);
    }

    /** The assessment, once the user's role may take the step and its state allows it. */
    Assessment assessmentFor(CurrentUser user, AssessmentPolicy.Step step, long id) {
        require(AssessmentPolicy.byRole(user, step));
        Assessment a = assessment(user, id);
        require(AssessmentPolicy.check(user, step, a, null, false, today()));
        return a;
    }

    /** The item with its assessment and criterion, once the user may take the step on it. */
    Located itemFor(CurrentUser user, AssessmentPolicy.Step step, long itemId) {
        require(AssessmentPolicy.byRole(user, step));
        Located l = locate(user, itemId);
        require(AssessmentPolicy.check(user, step, l.assessment(), l.item(), l.survey(), today()));
        return l;
    }

    /** A refusal becomes 403 (Spring Security's error page) or 409 with its message key. */
    static void require(AssessmentPolicy.Verdict verdict) {
        switch (verdict.kind()) {
            case ALLOWED -> { }
            case FORBIDDEN -> throw new AccessDeniedException(verdict.key());
            case CONFLICT -> throw new Conflict(verdict.key(), verdict.args());
        }
    }
}
