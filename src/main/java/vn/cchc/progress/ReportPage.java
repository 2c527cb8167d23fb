package vn.cchc.progress;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.TaskStatus;

/** A unit's report as its page shows it: the period and its window, the lines, and every submitted version. */
public record ReportPage(ReportRepository.ReportRow report, Plan plan, ReportingPeriod period, Unit unit,
                         List<Line> lines, List<Version> versions, boolean editable, boolean canReview, boolean locked,
                         LocalDate today) {

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
}
