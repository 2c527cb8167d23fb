package vn.cchc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The task form; the deadline is the phrase as written in the plan, parsed on save. */
public class TaskForm {

    private String areaCode;
    private String code;
    private String title;
    private String product;
    private Long leadUnitId;
    private List<Long> coordinatorUnitIds = new ArrayList<>();
    private String deadlinePhrase;
    /** For a deadline that waits for the province: the concrete due date once it is known. */
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate externalDueDate;
    private String assignmentNote;

    static TaskForm of(Task t) {
        TaskForm f = new TaskForm();
        f.areaCode = t.areaCode();
        f.code = t.code();
        f.title = t.title();
        f.product = t.product();
        f.leadUnitId = t.leadUnitId();
        f.coordinatorUnitIds = new ArrayList<>(t.coordinatorUnitIds());
        f.deadlinePhrase = t.deadlinePhrase();
        if (t.deadlineRule() instanceof DeadlineRule.External e) {
            f.externalDueDate = e.dueDate();
        }
        f.assignmentNote = t.assignmentNote();
        return f;
    }

    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public Long getLeadUnitId() { return leadUnitId; }
    public void setLeadUnitId(Long leadUnitId) { this.leadUnitId = leadUnitId; }
    public List<Long> getCoordinatorUnitIds() { return coordinatorUnitIds; }
    public void setCoordinatorUnitIds(List<Long> coordinatorUnitIds) {
        this.coordinatorUnitIds = coordinatorUnitIds == null ? new ArrayList<>() : coordinatorUnitIds;
    }
    public String getDeadlinePhrase() { return deadlinePhrase; }
    public void setDeadlinePhrase(String deadlinePhrase) { this.deadlinePhrase = deadlinePhrase; }
    public LocalDate getExternalDueDate() { return externalDueDate; }
    public void setExternalDueDate(LocalDate externalDueDate) { this.externalDueDate = externalDueDate; }
    public String getAssignmentNote() { return assignmentNote; }
    public void setAssignmentNote(String assignmentNote) { this.assignmentNote = assignmentNote; }
}
