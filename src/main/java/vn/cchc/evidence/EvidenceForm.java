package vn.cchc.evidence;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Metadata typed beside an upload: title, number (số/ký hiệu), date, issuer and kind. */
public class EvidenceForm {

    private String title;
    private String docNumber;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate docDate;
    private String issuer;
    private DocumentKind kind = DocumentKind.KHAC;

    public static EvidenceForm titled(String title, DocumentKind kind) {
        EvidenceForm form = new EvidenceForm();
        form.setTitle(title);
        form.setKind(kind);
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public LocalDate getDocDate() {
        return docDate;
    }

    public void setDocDate(LocalDate docDate) {
        this.docDate = docDate;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }
}
