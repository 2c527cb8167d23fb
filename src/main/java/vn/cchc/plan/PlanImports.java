package vn.cchc.plan;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;

/**
 * Creates a whole plan at once from an imported document: the plan, then its targets and tasks through the same
 * rules as the forms, in one transaction. Every item is checked; the problems of all items come back together,
 * each named after its item ({@code tasks[3].leadUnitId}), and then nothing is stored. Kept apart from
 * {@link PlanService} so that the single-item rules stay the only rules.
 */
@Service
public class PlanImports {

    private final PlanService plans;

    PlanImports(PlanService plans) {
        this.plans = plans;
    }

    /** The plan's id; InvalidInput (nothing stored) when the plan or any item breaks a rule. */
    @Transactional(rollbackFor = InvalidInput.class)
    public long createImported(CurrentUser user, PlanForm form, List<TargetForm> targets, List<TaskForm> tasks) {
        requireEditor(user);
        long planId = plans.createPlan(user, form);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            try {
                plans.addTarget(user, planId, targets.get(i));
            } catch (InvalidInput e) {
                problems.addAll(prefixed("targets[" + i + "]", e));
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            try {
                plans.addTask(user, planId, tasks.get(i));
            } catch (InvalidInput e) {
                problems.addAll(prefixed("tasks[" + i + "]", e));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return planId;
    }

    /** Refuses (403) a user who may not create plans, before any work is done. */
    public static void requireEditor(CurrentUser user) {
        PlanService.requireEditor(user);
    }

    private static List<InvalidInput.Problem> prefixed(String item, InvalidInput e) {
        return e.problems().stream().map(p -> new InvalidInput.Problem(
                p.field() == null ? item : item + "." + p.field(), p.messageKey(), p.args())).toList();
    }
}
