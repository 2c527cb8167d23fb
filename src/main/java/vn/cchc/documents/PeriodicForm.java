package vn.cchc.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The report page's one form: the header fields and every section's text, with the edit version it started from. */
public class PeriodicForm {

    private int version;
    private Integer number;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate date;
    private SigningBlock.Authority authority = SigningBlock.Authority.TM;
    private String signerName = "";
    private String recipients = "";
    private Map<String, String> sections = new LinkedHashMap<>();

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public SigningBlock.Authority getAuthority() {
        return authority;
    }

    public void setAuthority(SigningBlock.Authority authority) {
        this.authority = authority;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public void setSections(Map<String, String> sections) {
        this.sections = sections;
    }
}
