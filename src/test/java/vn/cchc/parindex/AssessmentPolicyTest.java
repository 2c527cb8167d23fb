package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.parindex.AssessmentPolicy.Step;
import vn.cchc.parindex.AssessmentPolicy.Verdict;

/**
 * Who may take which workflow step in which state, row by row: role × assessment state × item × step → allowed, 403
 * or the 409's message key. Today is 10/06/2026; the user's own unit is 10, another unit 11.
 */
class AssessmentPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @ParameterizedTest(name = "{0} {5} on {2}/{3} (unit {1}, survey {4}) → {6}")
    @CsvSource(nullValues = "-", value = {
            // role, item's unit, assessment, item, survey, step, expected
            // The unit edits its own open or returned criterion while the commune works on it.
            "UNIT_STAFF,       10, IN_PROGRESS,    OPEN,      false, PROPOSE, ALLOWED",
            "UNIT_HEAD,        10, IN_PROGRESS,    RETURNED,  false, PROPOSE, ALLOWED",
            "STANDING_AGENCY,  10, IN_PROGRESS,    OPEN,      false, PROPOSE, ALLOWED",
            "UNIT_STAFF,       11, IN_PROGRESS,    OPEN,      false, PROPOSE, FORBIDDEN",
            "VIEWER,           10, IN_PROGRESS,    OPEN,      false, PROPOSE, FORBIDDEN",
            "LEADER,           10, IN_PROGRESS,    OPEN,      false, PROPOSE, FORBIDDEN",
            "UNIT_STAFF,       10, IN_PROGRESS,    SUBMITTED, false, PROPOSE, parindex.item.notEditable",
            "UNIT_STAFF,       10, IN_PROGRESS,    OPEN,      true,  PROPOSE, parindex.item.notEditable",
            "UNIT_STAFF,       10, SUBMITTED,      OPEN,      false, PROPOSE, parindex.assessment.frozen",
            // The standing agency (or admin) reviews submitted criteria, reassigns unaccepted ones, links any time.
            "STANDING_AGENCY,  10, IN_PROGRESS,    SUBMITTED, false, REVIEW, ALLOWED",
            "COMMUNE_ADMIN,    11, IN_PROGRESS,    SUBMITTED, false, REVIEW, ALLOWED",
            "STANDING_AGENCY,  10, IN_PROGRESS,    -,         false, REVIEW, ALLOWED",
            "STANDING_AGENCY,  10, IN_PROGRESS,    OPEN,      false, REVIEW, parindex.item.notSubmitted",
            "STANDING_AGENCY,  10, SUBMITTED,      SUBMITTED, false, REVIEW, parindex.assessment.frozen",
            "STANDING_AGENCY,  10, SUBMITTED,      -,         false, REVIEW, parindex.assessment.frozen",
            "UNIT_HEAD,        10, IN_PROGRESS,    SUBMITTED, false, REVIEW, FORBIDDEN",
            "STANDING_AGENCY,  10, IN_PROGRESS,    SUBMITTED, false, REASSIGN, ALLOWED",
            "STANDING_AGENCY,  10, IN_PROGRESS,    ACCEPTED,  false, REASSIGN, parindex.item.notEditable",
            "STANDING_AGENCY,  10, FINAL,          ACCEPTED,  false, LINK, ALLOWED",
            "UNIT_HEAD,        10, IN_PROGRESS,    OPEN,      false, LINK, FORBIDDEN",
            "COMMUNE_ADMIN,    10, IN_PROGRESS,    -,         false, START, ALLOWED",
            "UNIT_HEAD,        10, IN_PROGRESS,    -,         false, START, FORBIDDEN",
            // The chairman approves while the commune still works on it.
            "LEADER,           10, IN_PROGRESS,    -,         false, APPROVE, ALLOWED",
            "LEADER,           10, SUBMITTED,      -,         false, APPROVE, parindex.assessment.frozen",
            "STANDING_AGENCY,  10, IN_PROGRESS,    -,         false, APPROVE, FORBIDDEN",
            // The appraiser scores once submitted, or during explanations after their deadline (05/06 < 10/06).
            "PROVINCE_APPRAISER, 10, SUBMITTED,    ACCEPTED,  true,  APPRAISE, ALLOWED",
            "PROVINCE_APPRAISER, 10, EXPLAINING_LATE, ACCEPTED, false, APPRAISE, ALLOWED",
            "PROVINCE_APPRAISER, 10, EXPLAINING,   ACCEPTED,  false, APPRAISE, parindex.appraise.notOpen",
            "PROVINCE_APPRAISER, 10, IN_PROGRESS,  ACCEPTED,  false, APPRAISE, parindex.appraise.notOpen",
            "PROVINCE_ADMIN,   10, SUBMITTED,      ACCEPTED,  false, APPRAISE, FORBIDDEN",
            "PROVINCE_APPRAISER, 10, SUBMITTED,    -,         false, FINALISE, ALLOWED",
            "PROVINCE_APPRAISER, 10, FINAL,        -,         false, FINALISE, parindex.appraise.notOpen",
            // One explanation round, asked only while the assessment awaits appraisal.
            "PROVINCE_APPRAISER, 10, SUBMITTED,    -,         false, REQUEST_EXPLANATIONS, ALLOWED",
            "PROVINCE_APPRAISER, 10, SUBMITTED_AGAIN, -,      false, REQUEST_EXPLANATIONS, parindex.explain.roundUsed",
            "PROVINCE_APPRAISER, 10, EXPLAINING_LATE, -,      false, REQUEST_EXPLANATIONS, parindex.explain.roundUsed",
            "LEADER,           10, SUBMITTED,      -,         false, REQUEST_EXPLANATIONS, FORBIDDEN",
            // The commune explains asked criteria until the deadline (20/06 ≥ 10/06): a unit its own, leaders any.
            "UNIT_STAFF,       10, EXPLAINING,     ASKED,     false, EXPLAIN, ALLOWED",
            "LEADER,           11, EXPLAINING,     ASKED,     false, EXPLAIN, ALLOWED",
            "COMMUNE_ADMIN,    11, EXPLAINING,     ASKED,     false, EXPLAIN, ALLOWED",
            "UNIT_STAFF,       11, EXPLAINING,     ASKED,     false, EXPLAIN, FORBIDDEN",
            "VIEWER,           10, EXPLAINING,     ASKED,     false, EXPLAIN, FORBIDDEN",
            "PROVINCE_APPRAISER, 10, EXPLAINING,   ASKED,     false, EXPLAIN, FORBIDDEN",
            "UNIT_STAFF,       10, EXPLAINING,     ACCEPTED,  false, EXPLAIN, parindex.explain.notAsked",
            "UNIT_STAFF,       10, EXPLAINING_LATE, ASKED,    false, EXPLAIN, parindex.explain.late",
            "UNIT_STAFF,       10, SUBMITTED,      ASKED,     false, EXPLAIN, parindex.explain.notOpen",
            "LEADER,           10, EXPLAINING,     -,         false, SUBMIT_EXPLANATIONS, ALLOWED",
            "STANDING_AGENCY,  10, EXPLAINING,     -,         false, SUBMIT_EXPLANATIONS, ALLOWED",
            "UNIT_HEAD,        10, EXPLAINING,     -,         false, SUBMIT_EXPLANATIONS, FORBIDDEN",
            "LEADER,           10, SUBMITTED,      -,         false, SUBMIT_EXPLANATIONS, parindex.explain.notOpen",
            "LEADER,           10, EXPLAINING_LATE, -,        false, SUBMIT_EXPLANATIONS, parindex.explain.late",
    })
    void eachStepIsAllowedOnlyToItsRolesInItsStates(Role role, long itemUnit, String assessment, String item,
                                                    boolean survey, Step step, String expected) {
        Verdict verdict = AssessmentPolicy.check(user(role), step, assessment(assessment), item(item, itemUnit), survey,
                TODAY);
        String outcome = switch (verdict.kind()) {
            case ALLOWED -> "ALLOWED";
            case FORBIDDEN -> "FORBIDDEN";
            case CONFLICT -> verdict.key();
        };
        assertThat(outcome).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} not accepted → {1}")
    @CsvSource({"0, true", "1, false", "3, false"})
    void theChairmanSendsOnlyOnceEveryCriterionIsAccepted(long notAccepted, boolean allowed) {
        Verdict verdict = AssessmentPolicy.allAccepted(notAccepted);
        assertThat(verdict.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(verdict.key()).isEqualTo("parindex.approve.notAllAccepted");
            assertThat(verdict.args()).containsExactly(String.valueOf(notAccepted));
        }
    }

    @org.junit.jupiter.api.Test
    void aLateExplanationNamesItsDeadline() {
        Verdict late = AssessmentPolicy.check(user(Role.LEADER), Step.EXPLAIN, assessment("EXPLAINING_LATE"),
                item("ASKED", 10), false, TODAY);
        assertThat(late.args()).containsExactly("05/06/2026");
    }

    private static CurrentUser user(Role role) {
        boolean province = role.provinceLevel();
        return new CurrentUser(1, "u", "x", "U", role, 1, province ? null : 5L, role.belongsToUnit() ? 10L : null, true);
    }

    /** SUBMITTED_AGAIN: sent back after the explanation round; EXPLAINING_LATE: its deadline 05/06 has passed. */
    private static Assessment assessment(String state) {
        return switch (state) {
            case "SUBMITTED_AGAIN" -> new Assessment(7, 5, 3, "2026S1", TODAY, Assessment.Status.SUBMITTED,
                    LocalDate.of(2026, 6, 5), null, null, 3);
            case "EXPLAINING" -> new Assessment(7, 5, 3, "2026S1", TODAY, Assessment.Status.EXPLAINING,
                    LocalDate.of(2026, 6, 20), null, null, 2);
            case "EXPLAINING_LATE" -> new Assessment(7, 5, 3, "2026S1", TODAY, Assessment.Status.EXPLAINING,
                    LocalDate.of(2026, 6, 5), null, null, 2);
            default -> new Assessment(7, 5, 3, "2026S1", TODAY, Assessment.Status.valueOf(state), null, null, null, 1);
        };
    }

    /** ASKED: an accepted criterion the appraiser asked to explain. */
    private static AssessmentItem item(String state, long unitId) {
        if (state == null) {
            return null;
        }
        boolean asked = state.equals("ASKED");
        return new AssessmentItem(9, 7, 5, 4, unitId, asked ? AssessmentItem.State.ACCEPTED : AssessmentItem.State.valueOf(state),
                null, null, null, null, null, null, null, null, null, asked ? "Giải trình" : null, null, 1);
    }
}
