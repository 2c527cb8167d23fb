package vn.cchc.parindex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.cchc.org.CurrentUser;

/**
 * What waits on a commune user in the PAR self-assessment, for the inbox: criteria to score, proposals to accept and
 * explanations the province's appraiser asked for. Whether the user may act on an item is
 * {@link AssessmentPolicy}'s answer, so the inbox lists exactly what the item's page would let them do.
 */
@Service
public class ParToDo {

    private final AssessmentRepository assessments;
    private final CriteriaRepository criteria;
    private final AssessmentAccess access;

    ParToDo(AssessmentRepository assessments, CriteriaRepository criteria, AssessmentAccess access) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.access = access;
    }

    /** A criterion of an assessment waiting on the user, due by {@code deadline}. */
    public record WaitingCriterion(long itemId, String periodCode, String code, String title, LocalDate deadline) {
    }

    /**
     * Criteria of the user's unit in an assessment under way that have no proposal with the standing agency: never sent,
     * or returned. A criterion the province's survey scores is not the unit's to score.
     */
    public List<WaitingCriterion> toScore(CurrentUser user) {
        if (user.unitId() == null) {
            return List.of();
        }
        return waiting(user, Assessment.Status.IN_PROGRESS, AssessmentPolicy.Step.PROPOSE,
                i -> i.unitId() == user.unitId(), Assessment::deadline);
    }

    /** Proposals the units sent, for whoever reviews them (the standing agency, the commune admin). */
    public List<WaitingCriterion> toAccept(CurrentUser user) {
        if (!AssessmentPolicy.byRole(user, AssessmentPolicy.Step.REVIEW).allowed()) {
            return List.of();
        }
        return waiting(user, Assessment.Status.IN_PROGRESS, AssessmentPolicy.Step.REVIEW,
                i -> i.state() == AssessmentItem.State.SUBMITTED, Assessment::deadline);
    }

    /** Criteria the appraiser asked about and nobody has explained yet, due on the round's deadline. */
    public List<WaitingCriterion> toExplain(CurrentUser user) {
        return waiting(user, Assessment.Status.EXPLAINING, AssessmentPolicy.Step.EXPLAIN,
                i -> i.explanationRequest() != null && i.explanation() == null, Assessment::explainDue);
    }

    private List<WaitingCriterion> waiting(CurrentUser user, Assessment.Status status, AssessmentPolicy.Step step,
                                           java.util.function.Predicate<AssessmentItem> candidate,
                                           java.util.function.Function<Assessment, LocalDate> deadline) {
        if (!user.hasCommune()) {
            return List.of();
        }
        LocalDate today = access.today();
        List<WaitingCriterion> result = new ArrayList<>();
        for (Assessment a : assessments.ofCommune(user.communeId())) {
            if (a.status() != status) {
                continue;
            }
            Map<Long, CriteriaNode> nodes = new HashMap<>();
            criteria.nodes(a.setId()).forEach(n -> nodes.put(n.id(), n));
            for (AssessmentItem item : assessments.items(a.communeId(), a.id())) {
                CriteriaNode node = nodes.get(item.nodeId());
                boolean survey = node.method() == ScoringMethod.SURVEY;
                if (candidate.test(item) && AssessmentPolicy.check(user, step, a, item, survey, today).allowed()) {
                    result.add(new WaitingCriterion(item.id(), a.periodCode(), node.code(), node.title(),
                            deadline.apply(a)));
                }
            }
        }
        return result;
    }
}
