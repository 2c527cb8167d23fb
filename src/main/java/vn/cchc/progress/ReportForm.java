package vn.cchc.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole report as typed on its page, one {@link ItemForm} per line id, so that one save (or the submission)
 * takes every line at once and nothing typed is left behind. {@code focus} is the line whose own save button was
 * pressed: the page comes back to it.
 */
public class ReportForm {

    private Map<Long, ItemForm> lines = new LinkedHashMap<>();
    private Long focus;

    /** Lines not typed (a GET, or a line added since the page was read) show what is saved. */
    void fillMissing(List<ReportPage.Line> saved) {
        for (ReportPage.Line line : saved) {
            lines.putIfAbsent(line.item().id(), ItemForm.of(line.item()));
        }
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
}
