package vn.cchc.registers.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cchc.evidence.EvidenceDocument;

/** An inspection held: the unit, the day (not in the future), the inspectors, the conclusion, cited evidence. */
public class RecordForm {

    private Long unitId;
    /** The plan line the inspection carries out, if any. */
    private Long entry;
    @NotNull
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate inspectedOn;
    @NotBlank
    @Size(max = 500)
    private String inspectors;
    @NotBlank
    @Size(max = 8000)
    private String conclusion;
    /** Evidence documents (minutes, the conclusion notice) from the commune's library. */
    private List<Long> attach = new ArrayList<>();

    /** The form filled in with a record and the documents it cites, to correct it. */
    static RecordForm of(InspectionRecord r, List<EvidenceDocument> cited) {
        RecordForm f = new RecordForm();
        f.unitId = r.unitId();
        f.entry = r.planEntryId();
        f.inspectedOn = r.inspectedOn();
        f.inspectors = r.inspectors();
        f.conclusion = r.conclusion();
        f.attach = new ArrayList<>(cited.stream().map(EvidenceDocument::id).toList());
        return f;
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getEntry() { return entry; }
    public void setEntry(Long entry) { this.entry = entry; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public String getInspectors() { return inspectors; }
    public void setInspectors(String inspectors) { this.inspectors = inspectors; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public List<Long> getAttach() { return attach; }
    public void setAttach(List<Long> attach) { this.attach = attach == null ? new ArrayList<>() : attach; }
}
