package vn.cchc.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.Task;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/**
 * The report workflow: a unit opens its report for a period (lines are the occurrences it answers for), fills the
 * lines with evidence, submits; the standing agency accepts or returns it with comments; a returned report is
 * revised and resubmitted. Each submission is kept as a read-only version.
 */
@Service
public class ReportService {

    private final ReportRepository repository;
    private final ReportVersionRepository submitted;
    private final ReportItems items;
    private final ReportAccess access;
    private final Obligations obligations;
    private final PlanQueries plans;
    private final PlanService planService;
    private final OrgDirectory org;
    private final EvidenceService evidence;
    private final ProgressSettings settings;
    private final ReportNotices notices;
    private final ReportLines lines;
    private final ReportLineSync lineSync;
    private final LeadEvidence leadEvidence;
    private final Clock clock;

    ReportService(ReportRepository repository, ReportVersionRepository submitted,
                  ReportItems items, ReportAccess access, Obligations obligations,
                  PlanQueries plans, PlanService planService, OrgDirectory org, EvidenceService evidence,
                  ProgressSettings settings, ReportNotices notices, ReportLines lines, ReportLineSync lineSync,
                  LeadEvidence leadEvidence, Clock clock) {
        this.repository = repository;
        this.submitted = submitted;
        this.items = items;
        this.access = access;
        this.obligations = obligations;
        this.plans = plans;
        this.planService = planService;
        this.org = org;
        this.evidence = evidence;
        this.settings = settings;
        this.notices = notices;
        this.lines = lines;
        this.lineSync = lineSync;
        this.leadEvidence = leadEvidence;
        this.clock = clock;
    }

    LocalDate today() {
        return access.today();
    }

    /** Opens (creating on first use) the unit's report for a period; only the unit's own people may start one. */
    @Transactional
    public long start(CurrentUser user, long planId, long unitId, String periodCode) {
        Plan plan = planService.plan(user, planId);
        Unit unit = org.unit(plan.communeId(), unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        ReportingPeriod period = access.period(plan, periodCode);
        // Only the unit files its report, even one already started (a second click just opens it).
        if (!user.canReportFor(unit.id())) {
            throw new AccessDeniedException("report for another unit");
        }
        var existing = repository.report(plan.communeId(), planId, unitId, periodCode);
        if (existing.isPresent()) {
            // Opening it again brings its lines up to date while the unit can still edit it.
            lineSync.syncEditable(plan, List.of(existing.get()));
            return existing.get().id();
        }
        ReportAccess.checkPlanOpen(plan);
        LocalDate today = today();
        if (!period.opened(today)) {
            throw InvalidInput.of(null, "progress.period.notOpen", period.label(),
                    VietnamTime.DATE.format(period.opensOn()));
        }
        ReportAccess.refuseIfLocked(period, null, today);
        long id = repository.ensureReport(plan.communeId(), planId, unitId, periodCode);
        lineSync.sync(plan, period, repository.report(plan.communeId(), id).orElseThrow(),
                obligations.ofUnit(plan, unitId, today));
        return id;
    }

    /**
     * The report page. It only reads (a read-only transaction): the lines were brought up to date when the report was
     * opened or reopened and whenever the plan's tasks or the unit's accepted reports changed ({@link ReportLineSync}).
     */
    @Transactional(readOnly = true)
    public ReportPage page(CurrentUser user, long reportId) {
        ReportRepository.ReportRow report = access.readable(user, reportId);
        Plan plan = plans.plan(report.communeId(), report.planId()).orElseThrow();
        ReportingPeriod period = access.period(plan, report.periodCode());
        LocalDate today = today();
        boolean locked = ReportAccess.locked(period, report, today) || plan.status() != PlanStatus.ISSUED;
        boolean editable = report.state().editable() && user.canReportFor(report.unitId()) && !locked;
        List<Task> taskList = plans.taskList(plan);
        long unitId = report.unitId();
        List<Obligation> ofUnit = obligations.of(plan, taskList, today).stream()
                .filter(o -> o.unitId() == unitId).toList();
        Map<Long, Task> tasks = taskList.stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Map<String, Obligation> owed = Obligation.byKey(ofUnit);
        List<ReportItems.ItemRow> rows = items.items(report.communeId(), reportId);
        Map<Long, List<Long>> evidenceIds = items.itemEvidence(report.communeId(),
                rows.stream().map(ReportItems.ItemRow::id).toList());
        Map<Long, EvidenceDocument> docs = documents(report.communeId(), evidenceIds.values());
        List<ReportPage.Line> lines = new ArrayList<>();
        for (ReportItems.ItemRow item : rows) {
            Task task = tasks.get(item.taskId());
            Obligation o = owed.get(Obligation.key(item.taskId(), item.occurrenceDue()));
            lines.add(new ReportPage.Line(item, task.code(), task.title(), o == null ? null : o.label(),
                    o == null ? null : o.due(), o == null ? null : o.requiredQuantity(),
                    o == null ? null : obligations.asStated(o, item, today),
                    evidenceIds.getOrDefault(item.id(), List.of()).stream().map(docs::get).toList()));
        }
        List<ReportPage.Version> versions = new ArrayList<>();
        for (ReportVersionRepository.VersionRow v : submitted.versions(report.communeId(), reportId)) {
            Map<Long, List<Long>> vEvidence = submitted.versionEvidence(report.communeId(), v.id());
            Map<Long, EvidenceDocument> vDocs = documents(report.communeId(), vEvidence.values());
            versions.add(new ReportPage.Version(v, submitted.versionItems(report.communeId(), v.id()).stream()
                    .map(i -> new ReportPage.VersionLine(i, vEvidence.getOrDefault(i.id(), List.of()).stream()
                            .map(vDocs::get).toList())).toList()));
        }
        Unit unit = org.unit(report.communeId(), report.unitId()).orElseThrow();
        List<Long> coordinated = rows.stream().filter(i -> i.role() == ObligationRole.COORDINATOR)
                .map(ReportItems.ItemRow::taskId).distinct().toList();
        return new ReportPage(report, plan, period, unit, lines, versions, editable,
                report.state() == ReportState.SUBMITTED && ReportAccess.mayReview(user, report), locked, today,
                leadEvidence.ofTasks(report.communeId(), coordinated));
    }

    /**
     * Saves every line typed on the report page at once (values, evidence picks and uploads); returns how many lines
     * changed. One bad line, or one saved by someone else since the page was read, refuses the whole save.
     */
    @Transactional
    public int save(CurrentUser user, long reportId, Map<Long, ItemForm> typed) {
        ReportAccess.Editing editing = access.editableBy(user, reportId);
        int changed = lines.write(user, editing, typed);
        if (changed > 0) {
            repository.touch(editing.report().communeId(), reportId, clock.instant());
        }
        return changed;
    }

    /**
     * Saves the lines typed on the page and submits the report as a new read-only version, in one transaction: a
     * refused line submits nothing. A second click or a stale page is refused with a message.
     */
    @Transactional
    public int submit(CurrentUser user, long reportId, int expectedVersion, Map<Long, ItemForm> typed) {
        ReportRepository.ReportRow report = access.readable(user, reportId);
        if (report.state() == ReportState.SUBMITTED || report.state() == ReportState.ACCEPTED) {
            throw new Conflict("progress.report.alreadySubmitted");
        }
        ReportAccess.Editing editing = access.editableBy(user, reportId);
        report = editing.report();
        Plan plan = editing.plan();
        ReportingPeriod period = editing.period();
        if (!repository.transition(report.communeId(), reportId, expectedVersion, ReportState.DRAFT,
                ReportState.RETURNED, ReportState.SUBMITTED, clock.instant(), true)) {
            throw new Conflict("progress.report.changed");
        }
        lines.write(user, editing, typed);
        int versionNo = report.submissions() + 1;
        long versionId = submitted.insertVersion(report.communeId(), reportId, versionNo, clock.instant(), user.id(),
                period.late(editing.today()));
        snapshot(plan, reportId, versionId);
        notices.submitted(report, period, versionNo);
        return versionNo;
    }

    void snapshot(Plan plan, long reportId, long versionId) {
        List<Task> tasks = plans.taskList(plan);
        submitted.snapshot(plan.communeId(), reportId, versionId, tasks.stream().map(Task::id).toArray(Long[]::new),
                tasks.stream().map(Task::code).toArray(String[]::new),
                tasks.stream().map(Task::title).toArray(String[]::new));
    }

    /** Accepts or returns the submitted version; returning needs a comment. Nobody reviews their own unit's report. */
    @Transactional
    public void review(CurrentUser user, long reportId, boolean accept, String comment, int expectedVersion) {
        ReportRepository.ReportRow report = access.readable(user, reportId);
        if (!ReportAccess.mayReview(user, report)) {
            throw new AccessDeniedException("review report");
        }
        String stored = StoredText.of(comment);
        if (!accept && stored == null) {
            throw InvalidInput.of("comment", "progress.review.commentRequired");
        }
        if (report.state() != ReportState.SUBMITTED || !repository.transition(report.communeId(), reportId,
                expectedVersion, ReportState.SUBMITTED, ReportState.SUBMITTED,
                accept ? ReportState.ACCEPTED : ReportState.RETURNED, clock.instant(), false)) {
            throw new Conflict("progress.report.reviewedMeanwhile");
        }
        long versionId = submitted.versions(report.communeId(), reportId).get(0).id();
        submitted.decide(report.communeId(), versionId, accept ? "ACCEPTED" : "RETURNED", user.id(), clock.instant(),
                stored);
        Plan plan = plans.plan(report.communeId(), report.planId()).orElseThrow();
        // Accepted: what is now done can bring a task's next occurrence into the unit's other open reports.
        // Returned: the report is editable again and gets the lines of tasks added while it was with the reviewer.
        lineSync.unitReports(plan, report.unitId());
        notices.reviewed(report, access.period(plan, report.periodCode()), accept, stored, versionId);
    }

    /** The standing agency lets a unit file (or revise) a locked period's report until a date. */
    @Transactional
    public long reopen(CurrentUser user, long planId, long unitId, String periodCode, LocalDate until) {
        if (!user.canReviewReports()) {
            throw new AccessDeniedException("reopen report");
        }
        Plan plan = planService.plan(user, planId);
        org.unit(plan.communeId(), unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        access.period(plan, periodCode);
        ReportAccess.checkPlanOpen(plan);
        LocalDate today = today();
        LocalDate end = until == null ? today.plusDays(settings.reopenDays) : until;
        if (end.isBefore(today)) {
            throw InvalidInput.of("until", "progress.reopen.past");
        }
        long id = repository.ensureReport(plan.communeId(), planId, unitId, periodCode);
        repository.reopen(plan.communeId(), id, end, clock.instant());
        lineSync.syncEditable(plan, List.of(repository.report(plan.communeId(), id).orElseThrow()));
        return id;
    }

    private Map<Long, EvidenceDocument> documents(long communeId, Collection<List<Long>> idLists) {
        Set<Long> ids = idLists.stream().flatMap(List::stream).collect(Collectors.toSet());
        return evidence.documents(communeId, ids).stream()
                .collect(Collectors.toMap(EvidenceDocument::id, Function.identity()));
    }
}
