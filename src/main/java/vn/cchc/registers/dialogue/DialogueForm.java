package vn.cchc.registers.dialogue;

import java.time.LocalDate;

/** The dialogue form: issues and answers as text (one per line), one follow-up task with its unit and due date. */
public class DialogueForm {

    private LocalDate heldOn;
    private Dialogue.Kind kind = Dialogue.Kind.DIALOGUE;
    private String title;
    private String chair;
    private String participants;
    private String issues;
    private String answers;
    private String followUp;
    private Long followUpUnitId;
    private LocalDate followUpDue;

    static DialogueForm of(Dialogue d) {
        DialogueForm f = new DialogueForm();
        f.heldOn = d.heldOn();
        f.kind = d.kind();
        f.title = d.title();
        f.chair = d.chair();
        f.participants = d.participants();
        f.issues = d.issues();
        f.answers = d.answers();
        f.followUp = d.followUp();
        f.followUpUnitId = d.followUpUnitId();
        f.followUpDue = d.followUpDue();
        return f;
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Dialogue.Kind getKind() { return kind; }
    public void setKind(Dialogue.Kind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public String getIssues() { return issues; }
    public void setIssues(String issues) { this.issues = issues; }
    public String getAnswers() { return answers; }
    public void setAnswers(String answers) { this.answers = answers; }
    public String getFollowUp() { return followUp; }
    public void setFollowUp(String followUp) { this.followUp = followUp; }
    public Long getFollowUpUnitId() { return followUpUnitId; }
    public void setFollowUpUnitId(Long followUpUnitId) { this.followUpUnitId = followUpUnitId; }
    public LocalDate getFollowUpDue() { return followUpDue; }
    public void setFollowUpDue(LocalDate followUpDue) { this.followUpDue = followUpDue; }
}
