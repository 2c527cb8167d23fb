package vn.cchc.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** One report line as the unit edits it, with the item version it was read at (optimistic locking). */
public class ItemForm {

    private ItemStatus status = ItemStatus.NOT_STARTED;
    private Integer percent;
    private BigDecimal quantity;
    private String narrative;
    private String reason;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate completedOn;
    private int version;
    private List<Long> attach = new ArrayList<>();
    private Long detach;

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<Long> getAttach() {
        return attach;
    }

    public void setAttach(List<Long> attach) {
        this.attach = attach;
    }

    public Long getDetach() {
        return detach;
    }

    public void setDetach(Long detach) {
        this.detach = detach;
    }
}
