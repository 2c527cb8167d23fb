package vn.cchc.registers.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.VietnamTime;

/**
 * Corrections to the inspection register: editing and deleting plan lines, records and findings (the standing
 * agency and the commune admin, as they create them), and undoing a wrongly recorded fix (whoever may record it).
 * Edits follow the creation rules; a refused edit or delete stores nothing. What a delete takes with it:
 * <ul>
 * <li>a plan line: only itself; the inspections that carried it out are kept and detached (they were held);</li>
 * <li>a record: refused while it has findings (they are deleted one by one first, each a deliberate act, so no
 * remediation history disappears with one click); its citations of evidence go, the documents stay;</li>
 * <li>a finding: itself, fixed or not.</li>
 * </ul>
 */
@Service
class InspectionEdits {

    private final InspectionService inspections;
    private final InspectionRepository repository;
    private final RemediationDeadlines deadlines;
    private final Clock clock;

    InspectionEdits(InspectionService inspections, InspectionRepository repository, RemediationDeadlines deadlines,
                    Clock clock) {
        this.inspections = inspections;
        this.repository = repository;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    void updatePlanEntry(CurrentUser me, long id, PlanEntryForm f) {
        inspections.requireManage(me);
        PlanEntry e = inspections.planEntry(me, id);
        f.setYear(e.year());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        inspections.checkPlanEntry(me, f, e.unitId(), problems);
        problems.throwIfAny();
        repository.updatePlanEntry(new PlanEntry(id, e.communeId(), e.year(), f.getUnitId(), f.getPlannedMonth(),
                f.getPlannedOn(), f.getInspectors(), f.getNote()));
    }

    /** The inspections a plan line's deletion would detach. */
    long recordsOfEntry(CurrentUser me, long id) {
        return repository.recordsOfEntry(me.requireCommune(), inspections.planEntry(me, id).id());
    }

    /** Deletes the plan line and returns its year. */
    @Transactional
    int deletePlanEntry(CurrentUser me, long id) {
        inspections.requireManage(me);
        PlanEntry e = inspections.planEntry(me, id);
        repository.deletePlanEntry(me.requireCommune(), id);
        return e.year();
    }

    @Transactional
    void updateRecord(CurrentUser me, long id, RecordForm f) {
        inspections.requireManage(me);
        InspectionRecord r = inspections.record(me, id);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        inspections.requireUnit(me, f.getUnitId(), r.unitId(), problems);
        List<Finding> findings = inspections.findingsOf(me, id);
        List<LocalDate> dues = new ArrayList<>();
        if (!f.getInspectedOn().equals(r.inspectedOn())) {
            List<InspectionDayChange.FindingOnNewDay> onNewDay = new ArrayList<>();
            for (Finding finding : findings) {
                LocalDate due = deadlines.read(me.requireCommune(), finding.deadlinePhrase(),
                        f.getInspectedOn().getYear()).due();
                dues.add(due);
                onNewDay.add(new InspectionDayChange.FindingOnNewDay(finding.deadlinePhrase(), due,
                        finding.fixedOn()));
            }
            InspectionDayChange.refusals(f.getInspectedOn(), VietnamTime.today(clock), onNewDay)
                    .forEach(x -> problems.add("inspectedOn", x.messageKey(), x.args()));
        }
        inspections.requireEvidence(me, f.getAttach(), problems);
        problems.throwIfAny();
        repository.updateRecord(new InspectionRecord(id, r.communeId(), f.getUnitId(), r.planEntryId(),
                f.getInspectedOn(), f.getInspectors(), f.getConclusion()), Set.copyOf(f.getAttach()));
        for (int i = 0; i < dues.size(); i++) {
            if (!dues.get(i).equals(findings.get(i).dueOn())) {
                repository.updateDueOn(me.requireCommune(), findings.get(i).id(), dues.get(i));
            }
        }
    }

    /** Deletes a record without findings and returns its year; one with findings is refused. */
    @Transactional
    int deleteRecord(CurrentUser me, long id) {
        inspections.requireManage(me);
        InspectionRecord r = inspections.record(me, id);
        int findings = inspections.findingsOf(me, id).size();
        if (findings > 0) {
            throw InvalidInput.of(null, "registers.inspection.delete.hasFindings", findings);
        }
        repository.deleteRecord(me.requireCommune(), id);
        return r.inspectedOn().getYear();
    }

    @Transactional
    void updateFinding(CurrentUser me, long id, FindingForm f) {
        inspections.requireManage(me);
        Finding finding = inspections.finding(me, id);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        inspections.requireUnit(me, f.getUnitId(), finding.unitId(), problems);
        LocalDate due = deadlines.dueOn(me.requireCommune(), f.getDeadline(), finding.inspectedOn(), problems);
        problems.throwIfAny();
        repository.updateFinding(me.requireCommune(), id, f.getUnitId(), f.getContent(), f.getDeadline().strip(),
                due);
    }

    /** Deletes a finding and returns its record's id. */
    @Transactional
    long deleteFinding(CurrentUser me, long id) {
        inspections.requireManage(me);
        Finding finding = inspections.finding(me, id);
        repository.deleteFinding(me.requireCommune(), id);
        return finding.recordId();
    }

    /** Undoes a wrongly recorded fix; returns the record's id. A finding that is not fixed is refused. */
    @Transactional
    long reopen(CurrentUser me, long id) {
        Finding finding = inspections.finding(me, id);
        if (!InspectionService.canFix(me, finding)) {
            throw new AccessDeniedException("Only the inspected unit and the coordinators undo a fix");
        }
        if (!finding.fixed()) {
            throw InvalidInput.of(null, "registers.inspection.reopen.notFixed");
        }
        repository.reopen(me.requireCommune(), id);
        return finding.recordId();
    }
}
