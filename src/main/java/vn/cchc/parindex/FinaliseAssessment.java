package vn.cchc.parindex;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;

/** The appraiser finalises the appraisal of an assessment. */
@Service
public class FinaliseAssessment {

    private final AssessmentAccess access;
    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final CriteriaSets sets;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FinaliseAssessment(AssessmentAccess access, AssessmentRepository repository, CriteriaRepository criteria,
                       CriteriaSets sets, TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.criteria = criteria;
        this.sets = sets;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Criteria the appraiser did not touch keep the self score (audited as such); survey criteria must have been
     * scored. Possible while explanations are pending only after their deadline. One transaction: status, kept
     * scores, their audit and the final mark.
     */
    public void finalise(CurrentUser user, long id, int version) {
        Assessment a = access.assessmentFor(user, AssessmentPolicy.Step.FINALISE, id);
        CriteriaTree tree = sets.tree(criteria.set(user.provinceId(), a.setId()).orElseThrow());
        List<AssessmentItem> items = repository.items(a.communeId(), id);
        long surveyMissing = items.stream().filter(i -> i.appraisedPoints() == null
                && tree.node(i.nodeId()).method() == ScoringMethod.SURVEY).count();
        if (surveyMissing > 0) {
            throw InvalidInput.of(null, "parindex.finalise.surveyMissing", String.valueOf(surveyMissing));
        }
        transaction.executeWithoutResult(s -> {
            if (!repository.changeStatus(a.communeId(), id, version, Assessment.Status.FINAL)) {
                throw new Conflict("parindex.assessment.changed");
            }
            for (AssessmentItem i : items) {
                if (i.appraisedPoints() == null) {
                    repository.appraise(a.communeId(), i.id(), i.version(), i.selfPoints(), i.appraisalComment(),
                            i.explanationRequest());
                    repository.audit(a.communeId(), id, i.id(), "APPRAISED", null, i.selfPoints(),
                            "parindex.audit.keptSelf", user.id(), clock.instant());
                }
            }
            repository.markFinal(a.communeId(), id, user.id(), clock.instant());
        });
    }
}
