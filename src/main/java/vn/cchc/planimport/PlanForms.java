package vn.cchc.planimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.plan.PlanForm;
import vn.cchc.plan.TargetForm;
import vn.cchc.plan.TaskForm;
import vn.cchc.shared.InvalidInput;

/**
 * The plan module's forms for the included rows of a review, and the way back: a problem the plan module names
 * {@code tasks[2].leadUnitId} (the third included task) is the review form's {@code tasks[5].leadUnitId} when
 * three rows above it were dropped.
 */
record PlanForms(PlanForm plan, List<TargetForm> targets, List<Integer> targetRows, List<TaskForm> tasks,
                 List<Integer> taskRows) {

    private static final Pattern ITEM = Pattern.compile("^(targets|tasks)\\[(\\d+)](.*)$");

    /** @param unitIds the commune's active units, for "all other units" as coordinators */
    static PlanForms of(ReviewForm review, List<Long> unitIds) {
        PlanForm plan = new PlanForm();
        plan.setTitle(review.getTitle());
        plan.setKind(review.getKind());
        plan.setPeriodCode(review.getPeriodCode());
        plan.setReportingCadence(review.getReportingCadence());
        plan.setDecisionNumber(review.getDecisionNumber());
        plan.setDecisionDate(review.getDecisionDate());
        plan.setSigner(review.getSigner());
        plan.setLegalBases(review.getLegalBases());
        List<TargetForm> targets = new ArrayList<>();
        List<Integer> targetRows = new ArrayList<>();
        for (int i = 0; i < review.getTargets().size(); i++) {
            TargetRow row = review.getTargets().get(i);
            if (row.isInclude()) {
                targets.add(target(row));
                targetRows.add(i);
            }
        }
        List<TaskForm> tasks = new ArrayList<>();
        List<Integer> taskRows = new ArrayList<>();
        for (int i = 0; i < review.getTasks().size(); i++) {
            TaskRow row = review.getTasks().get(i);
            if (row.isInclude()) {
                tasks.add(task(row, unitIds));
                taskRows.add(i);
            }
        }
        return new PlanForms(plan, targets, targetRows, tasks, taskRows);
    }

    private static TargetForm target(TargetRow row) {
        TargetForm f = new TargetForm();
        f.setAreaCode(row.getAreaCode());
        f.setCode(row.getCode());
        f.setText(row.getText());
        f.setMetricKind(row.getMetricKind());
        f.setComparator(row.getComparator());
        f.setThreshold(row.getThreshold());
        f.setResponsibleUnitId(row.getResponsibleUnitId());
        f.setIndicatorCode(Texts.blank(row.getIndicatorCode()) ? null : row.getIndicatorCode());
        return f;
    }

    private static TaskForm task(TaskRow row, List<Long> unitIds) {
        TaskForm f = new TaskForm();
        f.setAreaCode(row.getAreaCode());
        f.setCode(row.getCode());
        f.setTitle(row.getTitle());
        f.setProduct(row.getProduct());
        f.setLeadUnitId(row.getLeadUnitId());
        Set<Long> coordinators = new LinkedHashSet<>(row.getCoordinatorUnitIds());
        if (row.isAllOtherUnits()) {
            coordinators.addAll(unitIds);
        }
        coordinators.remove(row.getLeadUnitId());
        f.setCoordinatorUnitIds(new ArrayList<>(coordinators));
        f.setDeadlinePhrase(row.getDeadlinePhrase());
        f.setAssignmentNote(row.getAssignmentNote());
        return f;
    }

    /** The plan module's problems named after the review form's rows. */
    InvalidInput onReviewRows(InvalidInput e) {
        return new InvalidInput(e.problems().stream().map(p -> new InvalidInput.Problem(reviewField(p.field()),
                p.messageKey(), p.args())).toList());
    }

    private String reviewField(String field) {
        Matcher m = field == null ? null : ITEM.matcher(field);
        if (m == null || !m.matches()) {
            return field;
        }
        List<Integer> rows = m.group(1).equals("tasks") ? taskRows : targetRows;
        return m.group(1) + "[" + rows.get(Integer.parseInt(m.group(2))) + "]" + m.group(3);
    }
}
