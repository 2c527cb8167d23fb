package vn.cchc.parindex;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.UploadedFile;

/** The responsible unit proposes its score for a criterion, with evidence, and sends it to the standing agency. */
@Service
public class ProposeScore {

    private final AssessmentAccess access;
    private final AssessmentRepository repository;
    private final CriteriaSets sets;
    private final LiveFigures live;
    private final OrgDirectory org;
    private final EvidenceService evidence;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProposeScore(AssessmentAccess access, AssessmentRepository repository, CriteriaSets sets, LiveFigures live,
                 OrgDirectory org, EvidenceService evidence, TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.sets = sets;
        this.live = live;
        this.org = org;
        this.evidence = evidence;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Saves a unit's proposal for one criterion. Points must be ones the criterion accepts ({@link CriterionScoring}).
     * A computed criterion proposes its points from live data; a different score needs a reason and is kept as an
     * override. A count criterion turns the count into points. One transaction: the version check, the evidence
     * links, the upload and the audit.
     */
    public void propose(CurrentUser user, long itemId, ProposalForm form, EvidenceForm upload, UploadedFile file) {
        AssessmentAccess.Located e = access.itemFor(user, AssessmentPolicy.Step.PROPOSE, itemId);
        AssessmentItem item = e.item();
        CriteriaNode node = e.node();
        ScoringRule rule = sets.rule(node);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.getCount() != null && form.getCount() < 0) {
            problems.add("count", "parindex.count.negative");
        }
        if (AssessmentText.of(form.getComment()) != null && form.getComment().length() > AssessmentText.MAX_LENGTH
                || AssessmentText.of(form.getOverrideReason()) != null && form.getOverrideReason().length() > AssessmentText.MAX_LENGTH) {
            problems.add("comment", "parindex.text.tooLong", String.valueOf(AssessmentText.MAX_LENGTH));
        }
        problems.throwIfAny();
        // A count read from a register is the register's, not typed: a count sent with the form is not kept.
        Integer count = CriterionScoring.figureSource(rule).isPresent() ? null : form.getCount();
        Optional<Proposal> proposal = proposal(e, rule, count);
        BigDecimal points = form.getPoints() != null ? form.getPoints() : proposal.map(Proposal::points).orElse(null);
        if (points != null) {
            CriterionScoring.checkPoints(rule, node.maxPoints(), points).ifPresent(p -> {
                throw InvalidInput.of("points", p.key(), p.args());
            });
        }
        boolean overridden = points != null && proposal.isPresent() && points.compareTo(proposal.get().points()) != 0;
        String reason = overridden ? AssessmentText.of(form.getOverrideReason()) : null;
        if (overridden && reason == null) {
            throw InvalidInput.of("overrideReason", "parindex.override.reasonRequired",
                    proposal.get().points().stripTrailingZeros().toPlainString());
        }
        AssessmentItem changed = new AssessmentItem(item.id(), item.assessmentId(), item.communeId(), item.nodeId(),
                item.unitId(), item.state(), points, count, proposal.map(Proposal::points).orElse(null),
                proposal.map(Proposal::figure).orElse(null), reason, AssessmentText.of(form.getComment()), item.reviewComment(),
                null, null, null, null, item.version());
        List<Long> attach = new ArrayList<>();
        for (Long id : form.getAttach()) {
            if (id != null) {
                attach.add(evidence.document(user, id).id());
            }
        }
        transaction.executeWithoutResult(s -> {
            if (!repository.saveProposal(item.communeId(), changed, form.getVersion())) {
                throw new Conflict("parindex.item.changed");
            }
            attach.forEach(id -> repository.attach(item.communeId(), item.id(), id));
            // Uploaded inside the save's transaction, after the version check: a refused save keeps no document.
            EvidenceDocument uploaded = file != null && !file.isEmpty() ? evidence.upload(user, item.unitId(), upload, file) : null;
            if (uploaded != null) {
                repository.attach(item.communeId(), item.id(), uploaded.id());
            }
            if (form.getDetach() != null) {
                repository.detach(item.communeId(), item.id(), form.getDetach());
            }
            if (!CriterionScoring.samePoints(item.selfPoints(), points)) {
                repository.audit(item.communeId(), item.assessmentId(), item.id(), "SELF", item.selfPoints(), points,
                        reason != null ? reason : AssessmentText.of(form.getComment()), user.id(), clock.instant());
            }
        });
    }

    /**
     * The unit sends its proposal to the standing agency. Points must be set; a computed proposal the unit never
     * changed is taken as its score (saved first, in its own transaction, as if the unit had saved it).
     */
    public void submit(CurrentUser user, long itemId, int version) {
        AssessmentAccess.Located e = access.itemFor(user, AssessmentPolicy.Step.PROPOSE, itemId);
        int current = version;
        if (e.item().selfPoints() == null) {
            if (proposal(e, sets.rule(e.node()), e.item().countValue()).isEmpty()) {
                throw InvalidInput.of("points", "parindex.points.missing");
            }
            ProposalForm takeData = new ProposalForm();
            takeData.setVersion(version);
            takeData.setCount(e.item().countValue());
            takeData.setComment(e.item().comment());
            propose(user, itemId, takeData, new EvidenceForm(), null);
            current++;
        }
        if (!repository.changeState(e.item().communeId(), itemId, current, AssessmentItem.State.SUBMITTED,
                e.item().reviewComment())) {
            throw new Conflict("parindex.item.changed");
        }
    }

    private Optional<Proposal> proposal(AssessmentAccess.Located e, ScoringRule rule, Integer count) {
        return live.proposal(e.node(), rule, count, live.inputs(e.assessment()),
                org.activeUnits(e.item().communeId()).size());
    }
}
