package vn.cchc.registers.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A line of the year's inspection plan: the unit, a month or a day, the inspectors. */
public class PlanEntryForm {

    private int year;
    private Long unitId;
    @Min(1)
    @Max(12)
    private Integer plannedMonth;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate plannedOn;
    @NotBlank
    @Size(max = 500)
    private String inspectors;
    @Size(max = 2000)
    private String note;

    /** The form filled in with a plan line, to correct it. */
    static PlanEntryForm of(PlanEntry e) {
        PlanEntryForm f = new PlanEntryForm();
        f.year = e.year();
        f.unitId = e.unitId();
        f.plannedMonth = e.plannedMonth();
        f.plannedOn = e.plannedOn();
        f.inspectors = e.inspectors();
        f.note = e.note();
        return f;
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Integer getPlannedMonth() { return plannedMonth; }
    public void setPlannedMonth(Integer plannedMonth) { this.plannedMonth = plannedMonth; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
    public String getInspectors() { return inspectors; }
    public void setInspectors(String inspectors) { this.inspectors = inspectors; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
