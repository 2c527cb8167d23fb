package vn.cchc.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a resubmitted report changed since the version the reviewer returned, line by line. Lines are the same when
 * they answer for the same task occurrence; a line only in the new version was added to the report after the return,
 * one only in the returned version was removed. Unchanged lines are left out: the reviewer reads only what moved.
 */
public final class VersionDiff {

    private VersionDiff() {
    }

    public enum Kind { CHANGED, ADDED, REMOVED }

    public enum Field { STATUS, PERCENT, QUANTITY, COMPLETED_ON, NARRATIVE, REASON }

    /** One line's change: {@code before} is null for an added line, {@code after} for a removed one. */
    public record LineChange(Kind kind, ReportVersionRepository.VersionItem before,
                             ReportVersionRepository.VersionItem after, Set<Field> fields) {

        /** The line as it reads now (or as it read, if removed). */
        public ReportVersionRepository.VersionItem line() {
            return after == null ? before : after;
        }

        public boolean changed(String field) {
            return fields.contains(Field.valueOf(field));
        }
    }

    /** The changes from {@code returned} to {@code resubmitted}, in the resubmitted version's order, removed last. */
    public static List<LineChange> between(List<ReportVersionRepository.VersionItem> returned,
                                           List<ReportVersionRepository.VersionItem> resubmitted) {
        Map<String, ReportVersionRepository.VersionItem> before = new LinkedHashMap<>();
        returned.forEach(i -> before.put(key(i), i));
        List<LineChange> changes = new ArrayList<>();
        for (ReportVersionRepository.VersionItem now : resubmitted) {
            ReportVersionRepository.VersionItem then = before.remove(key(now));
            if (then == null) {
                changes.add(new LineChange(Kind.ADDED, null, now, EnumSet.noneOf(Field.class)));
                continue;
            }
            Set<Field> fields = fieldsChanged(then, now);
            if (!fields.isEmpty()) {
                changes.add(new LineChange(Kind.CHANGED, then, now, fields));
            }
        }
        before.values().forEach(gone -> changes.add(new LineChange(Kind.REMOVED, gone, null,
                EnumSet.noneOf(Field.class))));
        return changes;
    }

    private static String key(ReportVersionRepository.VersionItem i) {
        return i.taskId() + "/" + i.occurrenceDue();
    }

    private static Set<Field> fieldsChanged(ReportVersionRepository.VersionItem a,
                                            ReportVersionRepository.VersionItem b) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        if (a.status() != b.status()) {
            fields.add(Field.STATUS);
        }
        if (!Objects.equals(a.percent(), b.percent())) {
            fields.add(Field.PERCENT);
        }
        if (!sameNumber(a.quantity(), b.quantity())) {
            fields.add(Field.QUANTITY);
        }
        if (!Objects.equals(a.completedOn(), b.completedOn())) {
            fields.add(Field.COMPLETED_ON);
        }
        if (!Objects.equals(a.narrative(), b.narrative())) {
            fields.add(Field.NARRATIVE);
        }
        if (!Objects.equals(a.reason(), b.reason())) {
            fields.add(Field.REASON);
        }
        return fields;
    }

    /** 5 and 5.00 are the same quantity. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
