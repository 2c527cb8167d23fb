package vn.cchc.registers.initiative;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.registers.RegisterRoles;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/** Keeps the initiatives: everyone of the commune reads; managers and the unit's own people add and edit. */
@Service
public class InitiativeService {

    private final InitiativeRepository repository;
    private final OrgDirectory org;
    private final EvidenceService evidence;
    private final Clock clock;

    InitiativeService(InitiativeRepository repository, OrgDirectory org, EvidenceService evidence, Clock clock) {
        this.repository = repository;
        this.org = org;
        this.evidence = evidence;
        this.clock = clock;
    }

    public List<Initiative> list(CurrentUser me, int year, Long unitId) {
        return repository.ofYear(me.requireCommune(), year, unitId);
    }

    /** The initiative of the user's commune, else 404. */
    public Initiative get(CurrentUser me, long id) {
        return repository.find(me.requireCommune(), id).orElseThrow(() -> new NotFoundException("initiative", id));
    }

    public List<EvidenceDocument> evidenceOf(Initiative i) {
        return evidence.documents(i.communeId(), repository.evidence(i.communeId(), i.id()));
    }

    public List<Long> evidenceIds(Initiative i) {
        return repository.evidence(i.communeId(), i.id());
    }

    public Initiative toEdit(CurrentUser me, long id) {
        Initiative i = get(me, id);
        if (!RegisterRoles.editsUnit(me, i.unitId())) {
            throw new AccessDeniedException("edit initiative");
        }
        return i;
    }

    @Transactional
    public long create(CurrentUser me, InitiativeForm f) {
        if (!RegisterRoles.addsForOwnUnit(me)) {
            throw new AccessDeniedException("add initiative");
        }
        List<Long> docs = check(me, f);
        long id = repository.insert(me.requireCommune(), f, me.id());
        repository.setEvidence(me.requireCommune(), id, docs);
        return id;
    }

    @Transactional
    public void update(CurrentUser me, long id, InitiativeForm f) {
        toEdit(me, id);
        List<Long> docs = check(me, f);
        repository.update(me.requireCommune(), id, f);
        repository.setEvidence(me.requireCommune(), id, docs);
    }

    /** The rules, the unit (of the commune, and the user's own unless a manager) and the evidence of the commune. */
    private List<Long> check(CurrentUser me, InitiativeForm f) {
        long commune = me.requireCommune();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        InitiativeRules.check(f, VietnamTime.today(clock), problems);
        if (f.getUnitId() != null && !problems.has("unitId")) {
            if (org.unit(commune, f.getUnitId()).isEmpty()) {
                problems.add("unitId", "registers.unit.unknown");
            } else if (!RegisterRoles.editsUnit(me, f.getUnitId())) {
                problems.add("unitId", "registers.unit.notYours");
            }
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(f.getEvidenceIds()));
        if (evidence.documents(commune, ids).size() != ids.size()) {
            problems.add("evidenceIds", "registers.evidence.unknown");
        }
        problems.throwIfAny();
        return ids;
    }
}
