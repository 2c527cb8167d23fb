package vn.cchc.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;

/**
 * Filling a report quickly: copying the text of the last report sent into the empty fields, and marking several lines
 * at once. Each first saves what the user typed on the page (so typed text is kept and never replaced) and then
 * applies its action, in one transaction: a refused action stores nothing, not even the typed lines.
 */
@Service
public class QuickReportActions {

    private final ReportAccess access;
    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ReportItems items;
    private final ReportLines lines;
    private final ReportingSchedule schedule;
    private final Clock clock;

    QuickReportActions(ReportAccess access, ReportRepository reports, ReportVersionRepository versions,
                       ReportItems items, ReportLines lines, ReportingSchedule schedule, Clock clock) {
        this.access = access;
        this.reports = reports;
        this.versions = versions;
        this.items = items;
        this.lines = lines;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** A version the unit sent (submitted or accepted, not returned) and the period it reports on. */
    private record LastSent(ReportingPeriod period, ReportVersionRepository.VersionRow version) {
    }

    /**
     * Copies the last sent report's line texts (by task) into this report's empty narrative and reason fields;
     * returns into how many lines.
     */
    @Transactional
    public int copyLastStatement(CurrentUser user, long reportId, Map<Long, ItemForm> typed) {
        ReportAccess.Editing editing = access.editableBy(user, reportId);
        lines.write(user, editing, typed);
        long communeId = editing.report().communeId();
        LastSent last = lastSent(editing).orElseThrow(() -> InvalidInput.of(null, "progress.copy.noPrevious"));
        List<ReportItems.ItemRow> rows = items.items(communeId, reportId);
        List<StatementCopy.Fill> fills = StatementCopy.fills(
                rows.stream().map(r -> new StatementCopy.Text(r.id(), r.taskId(), r.occurrenceDue(), r.narrative(),
                        r.reason())).toList(),
                versions.versionItems(communeId, last.version().id()).stream()
                        .map(v -> new StatementCopy.Text(v.id(), v.taskId(), v.occurrenceDue(), v.narrative(),
                                v.reason())).toList());
        if (fills.isEmpty()) {
            throw InvalidInput.of(null, "progress.copy.nothing", last.period().label());
        }
        Map<Long, ReportItems.ItemRow> byId = rows.stream()
                .collect(Collectors.toMap(ReportItems.ItemRow::id, Function.identity()));
        for (StatementCopy.Fill fill : fills) {
            if (!items.fillEmptyText(communeId, fill.lineId(), byId.get(fill.lineId()).version(), fill.narrative(),
                    fill.reason())) {
                throw new Conflict("progress.report.changed");
            }
        }
        reports.touch(communeId, reportId, clock.instant());
        return fills.size();
    }

    /** The unit's latest version sent for an earlier period of the plan, if any. */
    private Optional<LastSent> lastSent(ReportAccess.Editing editing) {
        ReportRepository.ReportRow report = editing.report();
        LocalDate start = editing.period().start();
        return reports.reports(report.communeId(), report.planId()).stream()
                .filter(r -> r.unitId() == report.unitId() && r.id() != report.id())
                .flatMap(r -> schedule.period(editing.plan(), r.periodCode())
                        .filter(p -> p.end().isBefore(start))
                        .flatMap(p -> versions.versions(r.communeId(), r.id()).stream()
                                .filter(v -> !"RETURNED".equals(v.decision())).findFirst()
                                .map(v -> new LastSent(p, v)))
                        .stream())
                .max(Comparator.comparing((LastSent s) -> s.period().end())
                        .thenComparing(s -> s.version().submittedAt()));
    }

    /**
     * Marks the chosen lines "in progress" or "done" on a date (null: today), with the other lines typed on the page,
     * in one write; returns how many lines were marked. The chosen lines are checked by {@link BulkMark} and then as
     * any typed line is, so one bad line refuses them all.
     */
    @Transactional
    public int markLines(CurrentUser user, long reportId, Map<Long, ItemForm> typed, List<Long> marked,
                         ItemStatus status, LocalDate doneOn) {
        ReportAccess.Editing editing = access.editableBy(user, reportId);
        Map<Long, ReportItems.ItemRow> saved = items.items(editing.report().communeId(), reportId).stream()
                .collect(Collectors.toMap(ReportItems.ItemRow::id, Function.identity()));
        List<Long> chosen = marked.stream().filter(id -> id != null).distinct().toList();
        for (Long id : chosen) {
            if (!saved.containsKey(id)) {
                throw new NotFoundException("report line", id);
            }
        }
        Map<Long, List<InvalidInput.Problem>> problems = BulkMark.problems(chosen, status, doneOn,
                editing.period().start(), editing.period().end(), editing.today());
        if (!problems.isEmpty()) {
            throw new LinesRefused(problems, Set.of(), Set.of());
        }
        // The user's typed lines stay as they were sent, so a refused page shows them unchanged.
        Map<Long, ItemForm> toWrite = new LinkedHashMap<>(typed);
        LocalDate date = status.done() ? (doneOn == null ? editing.today() : doneOn) : null;
        for (Long id : chosen) {
            ItemForm line = typed.get(id);
            toWrite.put(id, (line == null ? ItemForm.of(saved.get(id)) : line).markedAs(status, date));
        }
        if (lines.write(user, editing, toWrite) > 0) {
            reports.touch(editing.report().communeId(), reportId, clock.instant());
        }
        return chosen.size();
    }
}
