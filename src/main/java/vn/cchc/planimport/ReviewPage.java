package vn.cchc.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cchc.plan.ReformArea;
import vn.cchc.planimport.source.SourceLine;
import vn.cchc.shared.BeforeReading;

/**
 * What the review page shows beside the form: the rows grouped by reform area (by their index in the form, so that
 * each field keeps its name), the source lines of each row and the meaning of each task's deadline.
 */
public record ReviewPage(StoredDraft draft, List<Group> targetGroups, List<Group> taskGroups,
                         List<String> targetSources, List<String> taskSources, List<DeadlinePreview> deadlines) {

    /** The rows of one area; {@code area} is null for rows whose area the reader could not tell. */
    public record Group(ReformArea area, List<Integer> rows) {
    }

    static ReviewPage of(StoredDraft draft, ReviewForm form, List<ReformArea> areas, LocalDate today,
                         BeforeReading reading) {
        DeadlinePreview.Context deadlines = new DeadlinePreview.Context(form.getPeriodCode(),
                form.getReportingCadence(), today.getYear(), today, reading);
        List<SourceLine> lines = draft.draft().lines();
        return new ReviewPage(draft,
                groups(areas, form.getTargets(), TargetRow::getAreaCode),
                groups(areas, form.getTasks(), TaskRow::getAreaCode),
                form.getTargets().stream().map(r -> text(lines, r.firstLine(), r.lastLine())).toList(),
                form.getTasks().stream().map(r -> text(lines, r.firstLine(), r.lastLine())).toList(),
                form.getTasks().stream()
                        .map(r -> DeadlinePreview.of(r.getDeadlinePhrase(), deadlines)).toList());
    }

    private static <T> List<Group> groups(List<ReformArea> areas, List<T> rows, Function<T, String> areaOf) {
        Map<String, List<Integer>> byArea = new LinkedHashMap<>();
        List<Integer> none = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = areaOf.apply(rows.get(i));
            if (code != null && areas.stream().anyMatch(a -> a.code().equals(code))) {
                byArea.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
            } else {
                none.add(i);
            }
        }
        List<Group> groups = new ArrayList<>();
        if (!none.isEmpty()) {
            groups.add(new Group(null, none));
        }
        for (ReformArea area : areas) {
            if (byArea.containsKey(area.code())) {
                groups.add(new Group(area, byArea.get(area.code())));
            }
        }
        return groups;
    }

    /** Lines first..last as the document has them, one per line; empty when the row has no span. */
    private static String text(List<SourceLine> lines, int first, int last) {
        if (first < 1) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (SourceLine line : lines) {
            if (line.number() >= first && line.number() <= last) {
                sb.append(sb.isEmpty() ? "" : "\n").append(line.number()).append("  ").append(line.text());
            }
        }
        return sb.toString();
    }
}
