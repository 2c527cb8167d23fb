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
 * One report line as the unit edits it, with the item version it was read at (optimistic locking), whether the user
 * edited its values, and the evidence to add or remove: documents picked from the library, one new file with its
 * metadata, one document to detach.
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
    /** Set by report.js when the form is sent: the user edited the line's values. Null when no script ran. */
    private Boolean touched;
    private List<Long> attach = new ArrayList<>();
    private Long detach;
    private EvidenceForm upload;
    private MultipartFile file;

    /** The line as it is saved, to show on the report page. */
    static ItemForm of(ReportItems.ItemRow item) {
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

    /** This line as saved, with the evidence picked or chosen on the page, which a refused page offers again. */
    ItemForm savedWithEvidenceOf(ReportItems.ItemRow saved) {
        ItemForm form = of(saved);
        form.setAttach(attach);
        form.setUpload(upload);
        form.setFile(file);
        return form;
    }

    /**
     * This line as typed, marked with a status (and a done date, or null) by a bulk action: a copy, so that the
     * values the user typed stay as sent if the action is refused. Done means 100%.
     */
    ItemForm markedAs(ItemStatus marked, LocalDate doneOn) {
        ItemForm form = new ItemForm();
        form.setStatus(marked);
        form.setPercent(marked.done() ? Integer.valueOf(100) : percent);
        form.setQuantity(quantity);
        form.setNarrative(narrative);
        form.setReason(reason);
        form.setCompletedOn(doneOn);
        form.setVersion(version);
        form.setTouched(true);
        form.setAttach(attach);
        form.setDetach(detach);
        form.setUpload(upload);
        form.setFile(file);
        return form;
    }

    /** A file was chosen (an empty one too, so that it is refused with a message rather than ignored). */
    public boolean hasFile() {
        return file != null
                && (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank());
    }

    /** The page's script says the user left the line's values as they were shown. */
    boolean untouched() {
        return Boolean.FALSE.equals(touched);
    }

    /**
     * The line's values are to be written over the saved ones: they differ from them and the user edited them.
     * Without script nobody knows what the user edited, so every line whose values differ counts.
     */
    boolean changesValuesOf(ReportItems.ItemRow saved) {
        return !untouched() && !sameValues(saved);
    }

    /** Equal as the page shows them: no status is "not started", blank is empty, line breaks as typed. */
    private boolean sameValues(ReportItems.ItemRow saved) {
        ItemStatus typedStatus = status == null ? ItemStatus.NOT_STARTED : status;
        return typedStatus == saved.status() && Objects.equals(percent, saved.percent())
                && (quantity == null ? saved.quantity() == null
                        : saved.quantity() != null && quantity.compareTo(saved.quantity()) == 0)
                && Objects.equals(StoredText.of(narrative), StoredText.of(saved.narrative()))
                && Objects.equals(StoredText.of(reason), StoredText.of(saved.reason()))
                && Objects.equals(completedOn, saved.completedOn());
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

    public Boolean getTouched() {
        return touched;
    }

    public void setTouched(Boolean touched) {
        this.touched = touched;
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
