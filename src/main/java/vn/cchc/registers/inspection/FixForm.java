package vn.cchc.registers.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A finding fixed: the day and what was done. */
public class FixForm {

    @NotNull
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate fixedOn;
    @Size(max = 4000)
    private String note;

    public LocalDate getFixedOn() { return fixedOn; }
    public void setFixedOn(LocalDate fixedOn) { this.fixedOn = fixedOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
