package vn.cchc.plan;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cchc.calendar.PeriodType;

/** The plan form as typed by the user. */
public class PlanForm {

    private PlanKind kind = PlanKind.ANNUAL;
    private String title;
    private String periodCode;
    private PeriodType reportingCadence = PeriodType.QUARTER;
    private String decisionNumber;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate decisionDate;
    private String signer;
    private String legalBases;

    static PlanForm of(Plan p) {
        PlanForm f = new PlanForm();
        f.kind = p.kind();
        f.title = p.title();
        f.periodCode = p.periodCode();
        f.reportingCadence = p.reportingCadence();
        f.decisionNumber = p.decisionNumber();
        f.decisionDate = p.decisionDate();
        f.signer = p.signer();
        f.legalBases = p.legalBases();
        return f;
    }

    public PlanKind getKind() { return kind; }
    public void setKind(PlanKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
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
}
