package vn.cchc.planimport;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.PlanKind;

/**
 * The review page's form: the plan's header as an editable plan form, then every imported target and task. Saved
 * as the draft's {@code review} so that typed input survives leaving the page; stored as JSON field by field.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ReviewForm {

    private String title;
    private PlanKind kind = PlanKind.ANNUAL;
    private String periodCode;
    private PeriodType reportingCadence = PeriodType.QUARTER;
    private String decisionNumber;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate decisionDate;
    private String signer;
    private String legalBases;
    private List<TargetRow> targets = new ArrayList<>();
    private List<TaskRow> tasks = new ArrayList<>();

    /** The form as the reader found the plan; the period is the document's, else the default year. */
    static ReviewForm of(ImportDraft draft, int defaultYear) {
        ReviewForm f = new ReviewForm();
        DraftHeader h = draft.header();
        f.periodCode = h == null || h.periodCode() == null ? String.valueOf(defaultYear) : h.periodCode();
        if (h != null) {
            f.title = h.title();
            f.kind = h.kind() != null ? h.kind() : f.periodCode.contains("S") ? PlanKind.HALF_YEAR : PlanKind.ANNUAL;
            f.decisionNumber = h.documentNumber();
            f.decisionDate = h.documentDate();
            f.legalBases = h.legalBases().isEmpty() ? null : String.join("\n", h.legalBases());
        }
        draft.targets().forEach(t -> f.targets.add(TargetRow.of(t)));
        draft.tasks().forEach(t -> f.tasks.add(TaskRow.of(t)));
        return f;
    }

    /**
     * Takes the reviewer's edits from a posted form, row by row (rows the post does not have stay as they were), then
     * folds each row marked "merge with previous" into the row above it.
     */
    void edit(ReviewForm posted) {
        title = posted.title;
        kind = posted.kind;
        periodCode = posted.periodCode;
        reportingCadence = posted.reportingCadence;
        decisionNumber = posted.decisionNumber;
        decisionDate = posted.decisionDate;
        signer = posted.signer;
        legalBases = posted.legalBases;
        for (int i = 0; i < Math.min(targets.size(), posted.targets.size()); i++) {
            if (posted.targets.get(i) != null) {
                targets.get(i).edit(posted.targets.get(i));
            }
        }
        for (int i = 0; i < Math.min(tasks.size(), posted.tasks.size()); i++) {
            if (posted.tasks.get(i) != null) {
                tasks.get(i).edit(posted.tasks.get(i));
            }
        }
        mergeRows();
    }

    private void mergeRows() {
        List<TaskRow> merged = new ArrayList<>();
        for (TaskRow row : tasks) {
            if (row.isMergeWithPrevious() && !merged.isEmpty()) {
                merged.get(merged.size() - 1).absorb(row);
            } else {
                row.setMergeWithPrevious(false);
                merged.add(row);
            }
        }
        tasks = merged;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public PlanKind getKind() { return kind; }
    public void setKind(PlanKind kind) { this.kind = kind; }
    public String getPeriodCode() { return periodCode; }
    public void setPeriodCode(String periodCode) { this.periodCode = periodCode; }
    public PeriodType getReportingCadence() { return reportingCadence; }
    public void setReportingCadence(PeriodType reportingCadence) { this.reportingCadence = reportingCadence; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public String getSigner() { return signer; }
    public void setSigner(String signer) { this.signer = signer; }
    public String getLegalBases() { return legalBases; }
    public void setLegalBases(String legalBases) { this.legalBases = legalBases; }
    public List<TargetRow> getTargets() { return targets; }
    public void setTargets(List<TargetRow> targets) { this.targets = targets == null ? new ArrayList<>() : targets; }
    public List<TaskRow> getTasks() { return tasks; }
    public void setTasks(List<TaskRow> tasks) { this.tasks = tasks == null ? new ArrayList<>() : tasks; }
}
