package vn.cchc.parindex;

import java.time.LocalDate;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.shared.VietnamTime;

/**
 * Who may take which step of the assessment workflow, in which state. The page asks it which buttons to show and the
 * use cases ask it what to allow, so each rule is written here once. Pure: no Spring, no database.
 */
public final class AssessmentPolicy {

    private AssessmentPolicy() {
    }

    /** The workflow's steps, for the four roles: unit, standing agency, chairman, province appraiser. */
    public enum Step {
        START, PROPOSE, REVIEW, REASSIGN, LINK, APPROVE, APPRAISE, REQUEST_EXPLANATIONS, EXPLAIN, SUBMIT_EXPLANATIONS,
        FINALISE
    }

    /** Allowed, or refused: forbidden to the role (403) or not possible in this state (409), with its message key. */
    public record Verdict(Kind kind, String key, Object... args) {

        public enum Kind { ALLOWED, FORBIDDEN, CONFLICT }

        static final Verdict ALLOWED = new Verdict(Kind.ALLOWED, null);

        static Verdict forbidden() {
            return new Verdict(Kind.FORBIDDEN, "error.403");
        }

        static Verdict conflict(String key, Object... args) {
            return new Verdict(Kind.CONFLICT, key, args);
        }

        public boolean allowed() {
            return kind == Kind.ALLOWED;
        }
    }

    /**
     * What the role alone decides, before anything is loaded (a stranger gets 403 before 404). Steps whose answer
     * depends on the item's unit (propose, explain) are decided by {@link #check} only.
     */
    public static Verdict byRole(CurrentUser user, Step step) {
        boolean allowed = switch (step) {
            case START, REVIEW, REASSIGN, LINK -> user.canReviewReports();
            case APPROVE -> user.role() == Role.LEADER;
            case APPRAISE, REQUEST_EXPLANATIONS, FINALISE -> user.role() == Role.PROVINCE_APPRAISER;
            case SUBMIT_EXPLANATIONS -> user.hasCommune() && (user.role() == Role.LEADER || user.canReviewReports());
            case PROPOSE, EXPLAIN -> true;
        };
        return allowed ? Verdict.ALLOWED : Verdict.forbidden();
    }

    /**
     * May the user take the step on the assessment (and item; null for an assessment-wide step, or to ask whether
     * the step is open on the assessment at all) today? {@code surveyItem}: the item's criterion is scored by the
     * province's survey.
     */
    public static Verdict check(CurrentUser user, Step step, Assessment a, AssessmentItem item, boolean surveyItem,
                                LocalDate today) {
        Verdict role = byRole(user, step);
        if (!role.allowed()) {
            return role;
        }
        return switch (step) {
            case START, LINK -> Verdict.ALLOWED;
            case PROPOSE -> propose(user, a, item, surveyItem);
            case REVIEW -> !a.editableByCommune() ? Verdict.conflict("parindex.assessment.frozen")
                    : item != null && item.state() != AssessmentItem.State.SUBMITTED
                    ? Verdict.conflict("parindex.item.notSubmitted") : Verdict.ALLOWED;
            case REASSIGN -> !a.editableByCommune() || item != null && item.state() == AssessmentItem.State.ACCEPTED
                    ? Verdict.conflict("parindex.item.notEditable") : Verdict.ALLOWED;
            case APPROVE -> a.editableByCommune() ? Verdict.ALLOWED : Verdict.conflict("parindex.assessment.frozen");
            case APPRAISE, FINALISE -> a.openForAppraisal(today) ? Verdict.ALLOWED
                    : Verdict.conflict("parindex.appraise.notOpen");
            case REQUEST_EXPLANATIONS -> a.status() != Assessment.Status.SUBMITTED || a.explanationRoundUsed()
                    ? Verdict.conflict("parindex.explain.roundUsed") : Verdict.ALLOWED;
            case EXPLAIN -> explain(user, a, item, today);
            case SUBMIT_EXPLANATIONS -> explaining(a, today);
        };
    }

    /** The unit answering for a criterion edits it while the commune works on the assessment and it is not sent. */
    private static Verdict propose(CurrentUser user, Assessment a, AssessmentItem item, boolean surveyItem) {
        if (!user.canReportFor(item.unitId())) {
            return Verdict.forbidden();
        }
        if (!a.editableByCommune()) {
            return Verdict.conflict("parindex.assessment.frozen");
        }
        if (!item.editable() || surveyItem) {
            return Verdict.conflict("parindex.item.notEditable");
        }
        return Verdict.ALLOWED;
    }

    /** The commune's leadership, admin and standing agency answer for any criterion, a unit for its own; a viewer never. */
    private static Verdict explain(CurrentUser user, Assessment a, AssessmentItem item, LocalDate today) {
        boolean answersForCommune = user.role() == Role.LEADER || user.role() == Role.COMMUNE_ADMIN
                || user.role() == Role.STANDING_AGENCY;
        if (!user.hasCommune() || !answersForCommune && !user.canReportFor(item.unitId())) {
            return Verdict.forbidden();
        }
        Verdict open = explaining(a, today);
        if (!open.allowed()) {
            return open;
        }
        return item.explanationRequest() == null ? Verdict.conflict("parindex.explain.notAsked") : Verdict.ALLOWED;
    }

    /** The commune explains during the one round the appraiser opened, until its deadline. */
    private static Verdict explaining(Assessment a, LocalDate today) {
        if (a.status() != Assessment.Status.EXPLAINING) {
            return Verdict.conflict("parindex.explain.notOpen");
        }
        if (today.isAfter(a.explainDue())) {
            return Verdict.conflict("parindex.explain.late", VietnamTime.DATE.format(a.explainDue()));
        }
        return Verdict.ALLOWED;
    }

    /** The chairman sends the assessment only once the standing agency accepted every criterion. */
    public static Verdict allAccepted(long notAccepted) {
        return notAccepted > 0 ? Verdict.conflict("parindex.approve.notAllAccepted", String.valueOf(notAccepted))
                : Verdict.ALLOWED;
    }
}
