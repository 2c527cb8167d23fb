package vn.cchc.planimport;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.List;

/**
 * One imported task on the review page: what the reviewer may edit, and (kept on the server, never taken from a
 * post) where it came from: its source lines, the reader's confidence and the unit names as written.
 * Stored as JSON field by field.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class TaskRow {

    private boolean include = true;
    private boolean mergeWithPrevious;
    private String areaCode;
    private String code;
    private String title;
    private String product;
    private Long leadUnitId;
    private List<Long> coordinatorUnitIds = new ArrayList<>();
    private boolean allOtherUnits;
    private String deadlinePhrase;
    private String assignmentNote;
    // From the reader; copied from the stored row, not bound from the request.
    private int firstLine;
    private int lastLine;
    private Confidence confidence;
    private boolean offered;
    private boolean leadSuggested;
    private String leadText;
    private String coordinatorsText;

    static TaskRow of(DraftTask t) {
        TaskRow r = new TaskRow();
        r.include = !t.offered(); // a duty a responsibility section offers beside the plan's own task list
        r.offered = t.offered();
        r.leadSuggested = t.leadSuggested();
        r.areaCode = t.areaCode();
        r.code = t.code();
        r.title = t.title();
        r.product = t.product();
        r.leadUnitId = t.leadUnitId();
        r.coordinatorUnitIds = new ArrayList<>(t.coordinatorUnitIds());
        r.allOtherUnits = t.allOtherUnits();
        r.deadlinePhrase = t.deadlinePhrase();
        r.assignmentNote = t.assignmentNote();
        r.firstLine = t.span() == null ? 0 : t.span().first();
        r.lastLine = t.span() == null ? 0 : t.span().last();
        r.confidence = t.confidence() == null ? Confidence.LOW : t.confidence();
        r.leadText = t.leadText();
        r.coordinatorsText = t.coordinatorsText();
        return r;
    }

    /** Takes what the reviewer may change from a posted row. */
    void edit(TaskRow posted) {
        include = posted.include;
        mergeWithPrevious = posted.mergeWithPrevious;
        areaCode = posted.areaCode;
        code = posted.code;
        title = posted.title;
        product = posted.product;
        leadSuggested &= java.util.Objects.equals(leadUnitId, posted.leadUnitId); // the reviewer chose one
        leadUnitId = posted.leadUnitId;
        coordinatorUnitIds = new ArrayList<>(posted.coordinatorUnitIds);
        allOtherUnits = posted.allOtherUnits;
        deadlinePhrase = posted.deadlinePhrase;
        assignmentNote = posted.assignmentNote;
    }

    /** Folds the next row into this one: one task written over two items (title and product joined, lines joined). */
    void absorb(TaskRow next) {
        title = Texts.joined(title, next.title);
        product = Texts.joined(product, next.product);
        deadlinePhrase = Texts.blank(deadlinePhrase) ? next.deadlinePhrase : deadlinePhrase;
        leadUnitId = leadUnitId == null ? next.leadUnitId : leadUnitId;
        if (next.firstLine > 0) {
            firstLine = firstLine == 0 ? next.firstLine : Math.min(firstLine, next.firstLine);
            lastLine = Math.max(lastLine, next.lastLine);
        }
        confidence = confidence.compareTo(next.confidence) >= 0 ? confidence : next.confidence;
    }

    public boolean isInclude() { return include; }
    public void setInclude(boolean include) { this.include = include; }
    public boolean isMergeWithPrevious() { return mergeWithPrevious; }
    public void setMergeWithPrevious(boolean mergeWithPrevious) { this.mergeWithPrevious = mergeWithPrevious; }
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
    public void setCoordinatorUnitIds(List<Long> ids) { this.coordinatorUnitIds = ids == null ? new ArrayList<>() : ids; }
    public boolean isAllOtherUnits() { return allOtherUnits; }
    public void setAllOtherUnits(boolean allOtherUnits) { this.allOtherUnits = allOtherUnits; }
    public String getDeadlinePhrase() { return deadlinePhrase; }
    public void setDeadlinePhrase(String deadlinePhrase) { this.deadlinePhrase = deadlinePhrase; }
    public String getAssignmentNote() { return assignmentNote; }
    public void setAssignmentNote(String assignmentNote) { this.assignmentNote = assignmentNote; }
    public int firstLine() { return firstLine; }
    public int lastLine() { return lastLine; }
    public Confidence confidence() { return confidence; }
    public boolean offered() { return offered; }
    public boolean leadSuggested() { return leadSuggested; }
    public String leadText() { return leadText; }
    public String coordinatorsText() { return coordinatorsText; }
}
