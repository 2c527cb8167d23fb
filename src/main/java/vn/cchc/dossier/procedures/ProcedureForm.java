package vn.cchc.dossier.procedures;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Editing a catalogue entry. */
public class ProcedureForm {

    @NotBlank
    @Size(max = 60)
    private String code;
    @NotBlank
    @Size(max = 500)
    private String name;
    @Size(max = 200)
    private String field = "";
    @DecimalMin("0")
    @DecimalMax("365")
    private BigDecimal processingDays;
    private OnlineLevel onlineLevel;
    private boolean feeBearing;
    private boolean paymentIntegrated;
    /** The fees as published; empty: the public page says only whether a fee applies. */
    @Size(max = 500)
    private String feeText = "";

    public static ProcedureForm of(Procedure p) {
        ProcedureForm f = new ProcedureForm();
        f.code = p.code();
        f.name = p.name();
        f.field = p.field();
        f.processingDays = p.processingDays();
        f.onlineLevel = p.onlineLevel();
        f.feeBearing = p.feeBearing();
        f.paymentIntegrated = p.paymentIntegrated();
        f.feeText = p.feeText();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.trim(); }
    public String getField() { return field; }
    public void setField(String field) { this.field = field == null ? "" : field.trim(); }
    public BigDecimal getProcessingDays() { return processingDays; }
    public void setProcessingDays(BigDecimal processingDays) { this.processingDays = processingDays; }
    public OnlineLevel getOnlineLevel() { return onlineLevel; }
    public void setOnlineLevel(OnlineLevel onlineLevel) { this.onlineLevel = onlineLevel; }
    public boolean isFeeBearing() { return feeBearing; }
    public void setFeeBearing(boolean feeBearing) { this.feeBearing = feeBearing; }
    public boolean isPaymentIntegrated() { return paymentIntegrated; }
    public void setPaymentIntegrated(boolean paymentIntegrated) { this.paymentIntegrated = paymentIntegrated; }
    public String getFeeText() { return feeText; }
    public void setFeeText(String feeText) { this.feeText = feeText == null ? "" : feeText.strip(); }
}
