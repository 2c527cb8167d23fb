package vn.cchc.registers.propaganda;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.registers.RegisterRoles;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/** Keeps the articles: everyone of the commune reads; managers and the unit's own people add and edit. */
@Service
public class ArticleService {

    private final ArticleRepository repository;
    private final OrgDirectory org;
    private final EvidenceService evidence;
    private final Clock clock;

    ArticleService(ArticleRepository repository, OrgDirectory org, EvidenceService evidence, Clock clock) {
        this.repository = repository;
        this.org = org;
        this.evidence = evidence;
        this.clock = clock;
    }

    public List<Article> list(CurrentUser me, int year, Long unitId) {
        return repository.ofYear(me.requireCommune(), year, unitId);
    }

    public Article get(CurrentUser me, long id) {
        return repository.find(me.requireCommune(), id).orElseThrow(() -> new NotFoundException("article", id));
    }

    public Article toEdit(CurrentUser me, long id) {
        Article a = get(me, id);
        if (!RegisterRoles.editsUnit(me, a.unitId())) {
            throw new AccessDeniedException("edit article");
        }
        return a;
    }

    public void requireAdder(CurrentUser me) {
        if (!RegisterRoles.addsForOwnUnit(me)) {
            throw new AccessDeniedException("add article");
        }
    }

    public long create(CurrentUser me, ArticleForm f) {
        requireAdder(me);
        check(me, f);
        return repository.insert(me.requireCommune(), f, me.id());
    }

    public void update(CurrentUser me, long id, ArticleForm f) {
        toEdit(me, id);
        check(me, f);
        repository.update(me.requireCommune(), id, f);
    }

    private void check(CurrentUser me, ArticleForm f) {
        long commune = me.requireCommune();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        ArticleRules.check(f, VietnamTime.today(clock), problems);
        if (f.getUnitId() != null && !problems.has("unitId")) {
            if (org.unit(commune, f.getUnitId()).isEmpty()) {
                problems.add("unitId", "registers.unit.unknown");
            } else if (!RegisterRoles.editsUnit(me, f.getUnitId())) {
                problems.add("unitId", "registers.unit.notYours");
            }
        }
        if (f.getDocumentId() != null && evidence.documents(commune, List.of(f.getDocumentId())).isEmpty()) {
            problems.add("documentId", "registers.evidence.unknown");
        }
        problems.throwIfAny();
    }
}
