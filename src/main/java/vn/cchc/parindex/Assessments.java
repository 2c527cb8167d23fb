package vn.cchc.parindex;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.NotFoundException;

/**
 * Reading the self-assessment and appraisal workflow: a commune's assessments, one assessment's page with live
 * proposals, its audit trail, snapshots and cited evidence. The steps that change it are use cases of their own
 * ({@link StartAssessment}, {@link ProposeScore}, {@link ReviewProposal}, {@link ApproveAndSend}, {@link Appraise},
 * {@link RequestExplanation}, {@link GiveExplanation}, {@link FinaliseAssessment}).
 */
@Service
public class Assessments {

    private final AssessmentAccess access;
    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final CriteriaSets sets;
    private final LiveFigures live;
    private final OrgDirectory org;
    private final EvidenceService evidence;

    Assessments(AssessmentAccess access, AssessmentRepository repository, CriteriaRepository criteria, CriteriaSets sets,
                LiveFigures live, OrgDirectory org, EvidenceService evidence) {
        this.access = access;
        this.repository = repository;
        this.criteria = criteria;
        this.sets = sets;
        this.live = live;
        this.org = org;
        this.evidence = evidence;
    }

    LocalDate today() {
        return access.today();
    }

    public List<Assessment> ofCommune(CurrentUser user) {
        return repository.ofCommune(user.requireCommune());
    }

    /** The assessment if the user may see it (else 404); see {@link AssessmentAccess#assessment}. */
    public Assessment assessment(CurrentUser user, long id) {
        return access.assessment(user, id);
    }

    AssessmentAccess.Located locate(CurrentUser user, long itemId) {
        return access.locate(user, itemId);
    }

    public AssessmentPage page(CurrentUser user, long id) {
        Assessment a = assessment(user, id);
        CriteriaSet set = criteria.set(org.commune(a.communeId()).provinceId(), a.setId()).orElseThrow();
        CriteriaTree tree = sets.tree(set);
        List<AssessmentItem> items = repository.items(a.communeId(), a.id());
        Map<Long, List<Long>> evidenceIds = repository.evidence(a.communeId(), a.id());
        List<Long> allDocs = evidenceIds.values().stream().flatMap(List::stream).distinct().toList();
        Map<Long, EvidenceDocument> docs = new LinkedHashMap<>();
        evidence.documents(a.communeId(), allDocs).forEach(d -> docs.put(d.id(), d));
        Map<Long, Unit> units = new LinkedHashMap<>();
        org.units(a.communeId()).forEach(u -> units.put(u.id(), u));
        Map<Long, Optional<Proposal>> proposals = new LinkedHashMap<>();
        if (a.editableByCommune()) {
            LiveFigures.Inputs inputs = live.inputs(a);
            int unitCount = org.activeUnits(a.communeId()).size();
            for (AssessmentItem i : items) {
                CriteriaNode node = tree.node(i.nodeId());
                proposals.put(i.id(), live.proposal(node, sets.rule(node), i.countValue(), inputs, unitCount));
            }
        }
        return new AssessmentPage(user, a, set, org.commune(a.communeId()), tree, items, evidenceIds, docs, units,
                proposals, repository.snapshots(a.communeId(), a.id()), today());
    }

    public List<ScoreChange> auditTrail(CurrentUser user, long id) {
        Assessment a = assessment(user, id);
        return repository.auditTrail(a.communeId(), a.id());
    }

    ScoringRule ruleOf(CriteriaNode node) {
        return sets.rule(node);
    }

    /** The commune's tasks and targets of the assessment's year, and which of them the criterion links. */
    public record LinkChoices(List<vn.cchc.plan.TaskView> tasks, List<vn.cchc.plan.Target> targets,
                              List<Long> linkedTasks, List<Long> linkedTargets) {
    }

    LinkChoices linkChoices(AssessmentAccess.Located l) {
        LiveFigures.Inputs inputs = live.inputs(l.assessment());
        return new LinkChoices(List.copyOf(inputs.tasks.values()), List.copyOf(inputs.targets.values()),
                inputs.links.tasksOf(l.node().code()), inputs.links.targetsOf(l.node().code()));
    }

    public List<Snapshot> snapshots(CurrentUser user, long id) {
        Assessment a = assessment(user, id);
        return repository.snapshots(a.communeId(), a.id());
    }

    /** A document a snapshot of the assessment cites, for anyone who may see the assessment. */
    public EvidenceService.Download citedDocument(CurrentUser user, long id, long documentId) {
        Assessment a = assessment(user, id);
        boolean cited = repository.snapshots(a.communeId(), id).stream().flatMap(s -> s.items().stream())
                .flatMap(i -> i.evidence().stream()).anyMatch(d -> d.id() == documentId)
                || repository.evidence(a.communeId(), id).values().stream().anyMatch(l -> l.contains(documentId));
        if (!cited) {
            throw new NotFoundException("evidence", documentId);
        }
        return evidence.openCited(a.communeId(), documentId);
    }
}
