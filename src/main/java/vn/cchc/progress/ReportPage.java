package vn.cchc.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.TaskStatus;

/**
 * A unit's report as its page shows it: the period and its window, the lines, every submitted version, and for the
 * tasks the unit coordinates the evidence their lead unit attached ({@code leadEvidence} by task id).
 */
public record ReportPage(ReportRepository.ReportRow report, Plan plan, ReportingPeriod period, Unit unit,
                         List<Line> lines, List<Version> versions, boolean editable, boolean canReview, boolean locked,
                         LocalDate today, Map<Long, List<EvidenceDocument>> leadEvidence) {

    /** One task occurrence in the report, with the unit's own due date and its evidence. */
    public record Line(ReportItems.ItemRow item, String taskCode, String taskTitle, String label, LocalDate due,
                       Integer requiredQuantity, TaskStatus status, List<EvidenceDocument> evidence) {
    }

    public record Version(ReportVersionRepository.VersionRow version, List<VersionLine> lines) {
    }

    public record VersionLine(ReportVersionRepository.VersionItem item, List<EvidenceDocument> evidence) {
    }

    public boolean lateNow() {
        return period.late(today) && report.submissions() == 0;
    }

    public long untouchedCount() {
        return UntouchedLines.count(lines);
    }

    public List<Line> shownLines(boolean onlyUntouched) {
        return UntouchedLines.shown(lines, onlyUntouched);
    }

    public List<EvidenceDocument> leadEvidence(long taskId) {
        return leadEvidence.getOrDefault(taskId, List.of());
    }

    /** A resubmission after a return: its versions are the latest and the returned one before it. */
    public boolean resubmittedAfterReturn() {
        return versions.size() >= 2 && "RETURNED".equals(versions.get(1).version().decision());
    }

    /** What the latest version changed since the returned one (empty unless resubmitted after a return). */
    public List<VersionDiff.LineChange> changesSinceReturn() {
        if (!resubmittedAfterReturn()) {
            return List.of();
        }
        return VersionDiff.between(versions.get(1).lines().stream().map(VersionLine::item).toList(),
                versions.get(0).lines().stream().map(VersionLine::item).toList());
    }
}
