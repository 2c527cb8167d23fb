package vn.cchc.parindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;

/**
 * The frozen versions of what a commune sent: built from the assessment, its items, criteria and evidence (never
 * from the page model, so a change to the page cannot change what is frozen) and stored as JSON.
 */
@Component
class FrozenSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final CriteriaSets sets;
    private final OrgDirectory org;
    private final EvidenceService evidence;
    private final Clock clock;

    FrozenSnapshots(AssessmentRepository repository, CriteriaRepository criteria, CriteriaSets sets, OrgDirectory org,
                    EvidenceService evidence, Clock clock) {
        this.repository = repository;
        this.criteria = criteria;
        this.sets = sets;
        this.org = org;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Stores version {@code versionNo}: every item in the criteria's reading order, and the self total. */
    void freeze(CurrentUser user, Assessment a, int versionNo) {
        long communeId = a.communeId();
        CriteriaTree tree = sets.tree(criteria.set(org.commune(communeId).provinceId(), a.setId()).orElseThrow());
        Map<Long, AssessmentItem> byNode = new HashMap<>();
        repository.items(communeId, a.id()).forEach(i -> byNode.put(i.nodeId(), i));
        Map<Long, List<Long>> cited = repository.evidence(communeId, a.id());
        Map<Long, EvidenceDocument> docs = new HashMap<>();
        evidence.documents(communeId, cited.values().stream().flatMap(List::stream).distinct().toList())
                .forEach(d -> docs.put(d.id(), d));
        Map<Long, Unit> units = new HashMap<>();
        org.units(communeId).forEach(u -> units.put(u.id(), u));
        List<SnapshotItem> items = new ArrayList<>();
        BigDecimal selfTotal = BigDecimal.ZERO;
        for (CriteriaNode node : tree.nodes()) {
            AssessmentItem i = byNode.get(node.id());
            if (i == null) {
                continue;
            }
            Unit unit = units.get(i.unitId());
            List<SnapshotItem.Document> documents = cited.getOrDefault(i.id(), List.of()).stream().map(docs::get)
                    .filter(Objects::nonNull)
                    .map(d -> new SnapshotItem.Document(d.id(), d.title(), d.fileName(), d.sha256())).toList();
            items.add(new SnapshotItem(node.code(), node.title(), node.maxPoints(), unit == null ? "" : unit.shortName(),
                    i.selfPoints(), i.countValue(), i.computedPoints(), i.computedFigure(), i.overrideReason(),
                    i.comment(), i.explanation(), documents));
            // Survey criteria have no self points: the province scores them.
            selfTotal = selfTotal.add(i.selfPoints() == null ? BigDecimal.ZERO : i.selfPoints());
        }
        try {
            repository.insertSnapshot(communeId, a.id(), versionNo, user.id(), clock.instant(), selfTotal,
                    JSON.writeValueAsString(items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A snapshot's items, read back from its JSON. */
    static List<SnapshotItem> contentOf(Snapshot snapshot) {
        try {
            return List.of(JSON.readValue(snapshot.content(), SnapshotItem[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
