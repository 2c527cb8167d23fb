package vn.cchc.registers.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.cchc.plan.DeadlinePhraseParser;

/** A finding: the unit that must fix it, what was found, and the remediation deadline as a plan deadline phrase. */
public class FindingForm {

    private Long unitId;
    @NotBlank
    @Size(max = 4000)
    private String content;
    @Size(max = DeadlinePhraseParser.MAX_LENGTH)
    private String deadline;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
}
