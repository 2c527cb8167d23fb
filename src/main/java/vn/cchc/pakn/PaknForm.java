package vn.cchc.pakn;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording or updating a PAKN item; the due date defaults to the handling time after receipt. */
public class PaknForm {

    @NotBlank
    @Size(max = 60)
    private String code;
    @NotNull
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate receivedOn;
    @NotNull
    private PaknChannel channel = PaknChannel.NATIONAL;
    @NotBlank
    @Size(max = 4000)
    private String content;
    @Size(max = 80)
    private String dossierCode;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate dueOn;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate answeredOn;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate publishedOn;
    private boolean disliked;
    private boolean recomplained;
    /** The question as published: the content rewritten without the sender's name, address or phone. */
    @Size(max = 4000)
    private String publicQuestion;
    @Size(max = 8000)
    private String answer;

    static PaknForm of(Pakn p) {
        PaknForm f = new PaknForm();
        f.code = p.code();
        f.receivedOn = p.receivedOn();
        f.channel = p.channel();
        f.content = p.content();
        f.dossierCode = p.dossierCode();
        f.dueOn = p.dueOn();
        f.answeredOn = p.answeredOn();
        f.publishedOn = p.publishedOn();
        f.disliked = p.disliked();
        f.recomplained = p.recomplained();
        f.publicQuestion = p.publicQuestion();
        f.answer = p.answer();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim(); }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public PaknChannel getChannel() { return channel; }
    public void setChannel(PaknChannel channel) { this.channel = channel; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content == null ? null : content.trim(); }
    public String getDossierCode() { return dossierCode; }
    public void setDossierCode(String dossierCode) { this.dossierCode = dossierCode == null || dossierCode.isBlank() ? null : dossierCode.trim(); }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public boolean isDisliked() { return disliked; }
    public void setDisliked(boolean disliked) { this.disliked = disliked; }
    public boolean isRecomplained() { return recomplained; }
    public void setRecomplained(boolean recomplained) { this.recomplained = recomplained; }
    public String getPublicQuestion() { return publicQuestion; }
    public void setPublicQuestion(String publicQuestion) { this.publicQuestion = blankToNull(publicQuestion); }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = blankToNull(answer); }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
