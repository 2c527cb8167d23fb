package vn.cchc.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The whole report as typed on its page, one {@link ItemForm} per line id, so that one save (or the submission)
 * takes every line at once and nothing typed is left behind. {@code focus} is the line whose own save button was
 * pressed: the page comes back to it.
 */
public class ReportForm {

    private Map<Long, ItemForm> lines = new LinkedHashMap<>();
    private Long focus;
    private List<Long> marked = new ArrayList<>();
    private ItemStatus markStatus;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate markOn;

    /**
     * Lines not typed show what is saved: on a GET, a line added since the page was read, and a line the user did
     * not edit (a colleague may have saved it meanwhile: showing it as read would offer old values to save again).
     */
    void showSaved(List<ReportPage.Line> saved) {
        for (ReportPage.Line line : saved) {
            ItemForm typed = lines.get(line.item().id());
            if (typed == null) {
                lines.put(line.item().id(), ItemForm.of(line.item()));
            } else if (typed.untouched()) {
                lines.put(line.item().id(), typed.savedWithEvidenceOf(line.item()));
            }
        }
    }

    /** The lines whose typed values differ from what is saved, by line id in page order. */
    Map<Long, ItemForm> typedOver(List<ReportPage.Line> saved) {
        Map<Long, ItemForm> typed = new LinkedHashMap<>();
        for (ReportPage.Line line : saved) {
            ItemForm form = lines.get(line.item().id());
            if (form != null && form.changesValuesOf(line.item())) {
                typed.put(line.item().id(), form);
            }
        }
        return typed;
    }

    public ItemForm line(long itemId) {
        return lines.get(itemId);
    }

    public Map<Long, ItemForm> getLines() {
        return lines;
    }

    public void setLines(Map<Long, ItemForm> lines) {
        this.lines = lines;
    }

    public Long getFocus() {
        return focus;
    }

    public void setFocus(Long focus) {
        this.focus = focus;
    }

    public List<Long> getMarked() {
        return marked;
    }

    public void setMarked(List<Long> marked) {
        this.marked = marked;
    }

    public boolean isMarked(long itemId) {
        return marked.contains(itemId);
    }

    public ItemStatus getMarkStatus() {
        return markStatus;
    }

    public void setMarkStatus(ItemStatus markStatus) {
        this.markStatus = markStatus;
    }

    public LocalDate getMarkOn() {
        return markOn;
    }

    public void setMarkOn(LocalDate markOn) {
        this.markOn = markOn;
    }
}
