package vn.cchc.planimport;

import java.time.format.DateTimeFormatter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The fields a browser posts from the review page, for a form as the page shows it. */
final class ReviewPosts {

    private ReviewPosts() {
    }

    static MultiValueMap<String, String> of(ReviewForm f) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        put(p, "title", f.getTitle());
        put(p, "kind", f.getKind().name());
        put(p, "periodCode", f.getPeriodCode());
        put(p, "reportingCadence", f.getReportingCadence().name());
        put(p, "decisionNumber", f.getDecisionNumber());
        put(p, "decisionDate", f.getDecisionDate() == null ? "" : f.getDecisionDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        put(p, "signer", f.getSigner());
        put(p, "legalBases", f.getLegalBases());
        for (int i = 0; i < f.getTargets().size(); i++) {
            TargetRow t = f.getTargets().get(i);
            String n = "targets[" + i + "].";
            put(p, n + "include", String.valueOf(t.isInclude()));
            put(p, n + "areaCode", t.getAreaCode());
            put(p, n + "code", t.getCode());
            put(p, n + "text", t.getText());
            put(p, n + "metricKind", t.getMetricKind().name());
            put(p, n + "comparator", t.getComparator().name());
            put(p, n + "threshold", t.getThreshold());
            put(p, n + "responsibleUnitId", t.getResponsibleUnitId() == null ? "" : t.getResponsibleUnitId().toString());
            put(p, n + "indicatorCode", t.getIndicatorCode());
        }
        for (int i = 0; i < f.getTasks().size(); i++) {
            TaskRow t = f.getTasks().get(i);
            String n = "tasks[" + i + "].";
            put(p, n + "include", String.valueOf(t.isInclude()));
            put(p, n + "mergeWithPrevious", String.valueOf(t.isMergeWithPrevious()));
            put(p, n + "areaCode", t.getAreaCode());
            put(p, n + "code", t.getCode());
            put(p, n + "title", t.getTitle());
            put(p, n + "product", t.getProduct());
            put(p, n + "leadUnitId", t.getLeadUnitId() == null ? "" : t.getLeadUnitId().toString());
            p.add("_" + n + "coordinatorUnitIds", "on");
            t.getCoordinatorUnitIds().forEach(id -> p.add(n + "coordinatorUnitIds", id.toString()));
            put(p, n + "allOtherUnits", String.valueOf(t.isAllOtherUnits()));
            put(p, n + "deadlinePhrase", t.getDeadlinePhrase());
            put(p, n + "assignmentNote", t.getAssignmentNote());
        }
        return p;
    }

    private static void put(MultiValueMap<String, String> p, String name, String value) {
        p.set(name, value == null ? "" : value);
    }
}
