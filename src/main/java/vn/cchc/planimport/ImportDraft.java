package vn.cchc.planimport;

import java.util.List;
import vn.cchc.planimport.source.SourceKind;
import vn.cchc.planimport.source.SourceLine;

/**
 * What the reader found in one document, for the user to review before any plan exists. {@code notices} are
 * message keys about the document as a whole (e.g. "no task table found").
 */
public record ImportDraft(SourceKind kind, List<SourceLine> lines, DraftHeader header, List<DraftArea> areas,
                          List<DraftTarget> targets, List<DraftTask> tasks, List<DraftDate> dates,
                          List<String> notices) {
    public ImportDraft {
        lines = List.copyOf(lines);
        areas = List.copyOf(areas);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        dates = List.copyOf(dates);
        notices = List.copyOf(notices);
    }
}
