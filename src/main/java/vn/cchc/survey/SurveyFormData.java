package vn.cchc.survey;

import java.time.LocalDate;

/** The survey settings form: title, template version, dates, closed by hand, and whether ratings reach dossiers. */
public class SurveyFormData {

    private String title;
    private Long templateId;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private boolean closed;
    private boolean feedsDossierRating = true;

    static SurveyFormData of(Survey s) {
        SurveyFormData f = new SurveyFormData();
        f.title = s.title();
        f.templateId = s.templateId();
        f.opensOn = s.opensOn();
        f.closesOn = s.closesOn();
        f.closed = s.closed();
        f.feedsDossierRating = s.feedsDossierRating();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public boolean isClosed() { return closed; }
    public void setClosed(boolean closed) { this.closed = closed; }
    public boolean isFeedsDossierRating() { return feedsDossierRating; }
    public void setFeedsDossierRating(boolean feedsDossierRating) { this.feedsDossierRating = feedsDossierRating; }
}
