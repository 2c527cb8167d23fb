package vn.cchc.planimport.read;

import java.util.List;
import vn.cchc.planimport.DraftArea;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;

/** The tasks, targets and area headings read from a document's appendix tables. */
public record TableFindings(List<DraftArea> areas, List<DraftTarget> targets, List<DraftTask> tasks) {
    public TableFindings {
        areas = List.copyOf(areas);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
    }

    public static TableFindings none() {
        return new TableFindings(List.of(), List.of(), List.of());
    }
}
