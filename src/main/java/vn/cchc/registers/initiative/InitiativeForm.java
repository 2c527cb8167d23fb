package vn.cchc.registers.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The initiative form; evidence is picked from the commune's evidence library by id. */
public class InitiativeForm {

    private String title;
    private Long unitId;
    private String authors;
    private String summary;
    private LocalDate proposedOn;
    private LocalDate appliedOn;
    private LocalDate recognisedOn;
    private String recognisedBy;
    private String decisionNumber;
    private List<Long> evidenceIds = new ArrayList<>();

    static InitiativeForm of(Initiative i, List<Long> evidenceIds) {
        InitiativeForm f = new InitiativeForm();
        f.title = i.title();
        f.unitId = i.unitId();
        f.authors = i.authors();
        f.summary = i.summary();
        f.proposedOn = i.proposedOn();
        f.appliedOn = i.appliedOn();
        f.recognisedOn = i.recognisedOn();
        f.recognisedBy = i.recognisedBy();
        f.decisionNumber = i.decisionNumber();
        f.evidenceIds = new ArrayList<>(evidenceIds);
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getAuthors() { return authors; }
    public void setAuthors(String authors) { this.authors = authors; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public LocalDate getProposedOn() { return proposedOn; }
    public void setProposedOn(LocalDate proposedOn) { this.proposedOn = proposedOn; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public void setAppliedOn(LocalDate appliedOn) { this.appliedOn = appliedOn; }
    public LocalDate getRecognisedOn() { return recognisedOn; }
    public void setRecognisedOn(LocalDate recognisedOn) { this.recognisedOn = recognisedOn; }
    public String getRecognisedBy() { return recognisedBy; }
    public void setRecognisedBy(String recognisedBy) { this.recognisedBy = recognisedBy; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public List<Long> getEvidenceIds() { return evidenceIds; }
    public void setEvidenceIds(List<Long> evidenceIds) { this.evidenceIds = evidenceIds == null ? new ArrayList<>() : evidenceIds; }
}
