package vn.cchc.registers.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.calendar.Period;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Role;
import vn.cchc.org.Unit;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/**
 * The inspection register's rules of who and what: the standing agency and the commune admin keep the plan, the
 * records and the findings; the inspected unit's own head and staff may record its finding fixed; every user of the
 * commune reads. Another commune's ids are not found.
 */
@Service
class InspectionService {

    /** Dates quoted in refusals. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InspectionRepository repository;
    private final OrgDirectory org;
    private final EvidenceService evidence;
    private final RemediationDeadlines deadlines;
    private final Clock clock;

    InspectionService(InspectionRepository repository, OrgDirectory org, EvidenceService evidence,
                      RemediationDeadlines deadlines, Clock clock) {
        this.repository = repository;
        this.org = org;
        this.evidence = evidence;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    static boolean canManage(CurrentUser me) {
        return me.hasCommune() && (me.role() == Role.COMMUNE_ADMIN || me.role() == Role.STANDING_AGENCY);
    }

    static boolean canFix(CurrentUser me, Finding f) {
        return canManage(me) || me.canReportFor(f.unitId());
    }

    void requireManage(CurrentUser me) {
        if (!canManage(me)) {
            throw new AccessDeniedException("Only the standing agency and the commune admin keep inspections");
        }
    }

    List<PlanEntry> plan(CurrentUser me, int year) {
        return repository.planEntries(me.requireCommune(), year);
    }

    List<InspectionRecord> records(CurrentUser me, int year) {
        Period p = Period.year(year);
        return repository.records(me.requireCommune(), p.start(), p.end());
    }

    InspectionRecord record(CurrentUser me, long id) {
        return repository.record(me.requireCommune(), id).orElseThrow(() -> new NotFoundException("inspection", id));
    }

    PlanEntry planEntry(CurrentUser me, long id) {
        return repository.planEntry(me.requireCommune(), id)
                .orElseThrow(() -> new NotFoundException("inspection plan entry", id));
    }

    Finding finding(CurrentUser me, long id) {
        return repository.finding(me.requireCommune(), id).orElseThrow(() -> new NotFoundException("finding", id));
    }

    List<Finding> findingsOf(CurrentUser me, long recordId) {
        return repository.findingsOf(me.requireCommune(), recordId);
    }

    List<EvidenceDocument> evidenceOf(CurrentUser me, long recordId) {
        return evidence.documents(me.requireCommune(), repository.evidenceOf(me.requireCommune(), recordId));
    }

    @Transactional
    long addPlanEntry(CurrentUser me, PlanEntryForm f) {
        requireManage(me);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        checkPlanEntry(me, f, null, problems);
        problems.throwIfAny();
        return repository.addPlanEntry(new PlanEntry(0, me.requireCommune(), f.getYear(), f.getUnitId(),
                f.getPlannedMonth(), f.getPlannedOn(), f.getInspectors(), f.getNote()), me.id());
    }

    /** A plan line names a unit (active, or the one it kept) and a month or a day of its year. */
    void checkPlanEntry(CurrentUser me, PlanEntryForm f, Long keptUnit, InvalidInput.Collector problems) {
        requireUnit(me, f.getUnitId(), keptUnit, problems);
        if (f.getPlannedOn() != null && f.getPlannedOn().getYear() != f.getYear()) {
            problems.add("plannedOn", "registers.inspection.plannedOn.otherYear", f.getYear());
        }
        if (f.getPlannedOn() == null && f.getPlannedMonth() == null) {
            problems.add("plannedMonth", "registers.inspection.when.required");
        }
    }

    @Transactional
    long addRecord(CurrentUser me, RecordForm f) {
        requireManage(me);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        requireUnit(me, f.getUnitId(), problems);
        if (f.getInspectedOn().isAfter(VietnamTime.today(clock))) {
            problems.add("inspectedOn", "registers.inspection.inspectedOn.future");
        }
        if (f.getEntry() != null) {
            planEntry(me, f.getEntry());
        }
        requireEvidence(me, f.getAttach(), problems);
        problems.throwIfAny();
        return repository.addRecord(new InspectionRecord(0, me.requireCommune(), f.getUnitId(), f.getEntry(),
                f.getInspectedOn(), f.getInspectors(), f.getConclusion()), Set.copyOf(f.getAttach()), me.id());
    }

    @Transactional
    long addFinding(CurrentUser me, long recordId, FindingForm f) {
        requireManage(me);
        InspectionRecord r = record(me, recordId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        requireUnit(me, f.getUnitId(), problems);
        LocalDate due = deadlines.dueOn(me.requireCommune(), f.getDeadline(), r.inspectedOn(), problems);
        problems.throwIfAny();
        return repository.addFinding(me.requireCommune(), recordId, f.getUnitId(), f.getContent(),
                f.getDeadline().strip(), due, me.id());
    }

    @Transactional
    void markFixed(CurrentUser me, long findingId, FixForm f) {
        Finding finding = finding(me, findingId);
        if (!canFix(me, finding)) {
            throw new AccessDeniedException("Only the inspected unit and the coordinators record a fix");
        }
        if (f.getFixedOn().isBefore(finding.inspectedOn())) {
            throw InvalidInput.of("fixedOn", "registers.inspection.fixedOn.beforeFinding", DAY.format(finding.inspectedOn()));
        }
        if (f.getFixedOn().isAfter(VietnamTime.today(clock))) {
            throw InvalidInput.of("fixedOn", "registers.inspection.fixedOn.future");
        }
        repository.markFixed(me.requireCommune(), findingId, f.getFixedOn(), f.getNote());
    }

    /** The commune's unit names by id, inactive ones too (old records keep their names). */
    Map<Long, String> unitNames(CurrentUser me) {
        return org.units(me.requireCommune()).stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    List<Unit> activeUnits(CurrentUser me) {
        return org.activeUnits(me.requireCommune());
    }

    /** The units an edit form offers: the active ones, and the one the entry keeps though it has since closed. */
    List<Unit> unitsKeeping(CurrentUser me, long keptUnitId) {
        List<Unit> units = new ArrayList<>(activeUnits(me));
        org.unit(me.requireCommune(), keptUnitId).filter(u -> !u.active()).ifPresent(units::add);
        return units;
    }

    private void requireUnit(CurrentUser me, Long unitId, InvalidInput.Collector problems) {
        requireUnit(me, unitId, null, problems);
    }

    /** A unit active in the commune; on an edit also the one already kept, though since closed (old entries keep it). */
    void requireUnit(CurrentUser me, Long unitId, Long kept, InvalidInput.Collector problems) {
        if (unitId == null) {
            problems.add("unitId", "registers.inspection.unit.required");
        } else if (!unitId.equals(kept) && org.unit(me.requireCommune(), unitId).filter(Unit::active).isEmpty()) {
            problems.add("unitId", "registers.inspection.unit.unknown");
        }
    }

    /** Every cited document is in the commune's evidence library. */
    void requireEvidence(CurrentUser me, List<Long> attach, InvalidInput.Collector problems) {
        Set<Long> found = evidence.documents(me.requireCommune(), attach).stream()
                .map(EvidenceDocument::id).collect(Collectors.toSet());
        if (!found.containsAll(attach)) {
            problems.add("attach", "registers.inspection.evidence.unknown");
        }
    }
}
