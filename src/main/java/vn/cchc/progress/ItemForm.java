package vn.cchc.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.evidence.EvidenceForm;

/**
 * One report line as the unit edits it, with the item version it was read at (optimistic locking), and the evidence
 * to add or remove: documents picked from the library, one new file with its metadata, one document to detach.
 */
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
    private EvidenceForm upload;
    private MultipartFile file;

    /** The line as it is saved, to show on the report page. */
    static ItemForm of(ProgressRepository.ItemRow item) {
        ItemForm form = new ItemForm();
        form.setStatus(item.status());
        form.setPercent(item.percent());
        form.setQuantity(item.quantity());
        form.setNarrative(item.narrative());
        form.setReason(item.reason());
        form.setCompletedOn(item.completedOn());
        form.setVersion(item.version());
        return form;
    }

    /** A file was chosen (an empty one too, so that it is refused with a message rather than ignored). */
    public boolean hasFile() {
        return file != null && (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank());
    }

    /** Documents to attach or detach, or a file to upload. */
    boolean changesEvidence() {
        return hasFile() || detach != null || attach.stream().anyMatch(Objects::nonNull);
    }

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

    public EvidenceForm getUpload() {
        return upload;
    }

    public void setUpload(EvidenceForm upload) {
        this.upload = upload;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
