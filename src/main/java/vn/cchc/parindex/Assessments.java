package vn.cchc.parindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Role;
import vn.cchc.org.Unit;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.UploadedFile;
import vn.cchc.shared.VietnamTime;

/**
 * The self-assessment and appraisal workflow. Units propose a score per criterion with evidence and submit it; the
 * standing agency accepts or returns it; the chairman approves the whole assessment, which sends a frozen snapshot to
 * the province; the appraiser scores each criterion, may ask for explanations once, and finalises. Every score
 * change is audited.
 */
@Service
public class Assessments {

    private static final int MAX_TEXT = 4000;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final CriteriaSets sets;
    private final LiveFigures live;
    private final OrgDirectory org;
    private final EvidenceService evidence;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Assessments(AssessmentRepository repository, CriteriaRepository criteria, CriteriaSets sets, LiveFigures live,
                OrgDirectory org, EvidenceService evidence, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.criteria = criteria;
        this.sets = sets;
        this.live = live;
        this.org = org;
        this.evidence = evidence;
        this.transaction = transaction;
        this.clock = clock;
    }

    LocalDate today() {
        return VietnamTime.today(clock);
    }

    // --- reading -----------------------------------------------------------------------------------------------

    public List<Assessment> ofCommune(CurrentUser user) {
        return repository.ofCommune(user.requireCommune());
    }

    /**
     * The assessment if the user may see it: commune users their own commune's (else 404); the province's appraisers
     * and admins those of their province's communes once submitted.
     */
    public Assessment assessment(CurrentUser user, long id) {
        if (user.hasCommune()) {
            return repository.find(user.communeId(), id).orElseThrow(() -> new NotFoundException("assessment", id));
        }
        long communeId = repository.communeOf(id).orElseThrow(() -> new NotFoundException("assessment", id));
        Assessment a = repository.find(communeId, id).orElseThrow();
        if (org.commune(communeId).provinceId() != user.provinceId() || a.status() == Assessment.Status.IN_PROGRESS) {
            throw new NotFoundException("assessment", id);
        }
        return a;
    }

    public AssessmentPage page(CurrentUser user, long id) {
        Assessment a = assessment(user, id);
        CriteriaSet set = criteria.set(org.commune(a.communeId()).provinceId(), a.setId()).orElseThrow();
        return view(user, a, set);
    }

    AssessmentPage view(CurrentUser user, Assessment a, CriteriaSet set) {
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
                proposals.put(i.id(), propose(node, i.countValue(), inputs, unitCount));
            }
        }
        return new AssessmentPage(user, a, set, org.commune(a.communeId()), tree, items, evidenceIds, docs, units,
                proposals, repository.snapshots(a.communeId(), a.id()), today());
    }

    Optional<Proposal> propose(CriteriaNode node, Integer count, LiveFigures.Inputs inputs, int units) {
        ScoringRule rule = sets.rule(node);
        Optional<BigDecimal> figure = Optional.empty();
        if (rule instanceof ScoringRule.Ladder l) {
            figure = live.figure(l.source(), node.code(), inputs);
        } else if (rule instanceof ScoringRule.Proportional p) {
            figure = live.figure(p.source(), node.code(), inputs);
        }
        return Proposal.of(rule, node.maxPoints(), figure, count, units);
    }

    public List<ScoreChange> auditTrail(CurrentUser user, long id) {
        Assessment a = assessment(user, id);
        return repository.auditTrail(a.communeId(), a.id());
    }

    // --- starting ----------------------------------------------------------------------------------------------

    /**
     * Starts the commune's assessment of a period ("2026S1" or "2026") against the province's active set of that
     * year: one item per leaf criterion, assigned to the commune's unit of the criterion's kind (else the standing
     * agency). Survey criteria are the province's to score and need no review.
     */
    public long start(CurrentUser user, String periodCode) {
        requireCoordinator(user);
        long communeId = user.requireCommune();
        Period period = parsePeriod(periodCode);
        CriteriaSet set = criteria.active(user.provinceId(), period.year())
                .orElseThrow(() -> new Conflict("parindex.start.noActiveSet", String.valueOf(period.year())));
        if (repository.ofPeriod(communeId, period.code()).isPresent()) {
            throw new Conflict("parindex.start.exists", period.label());
        }
        List<Unit> active = org.activeUnits(communeId);
        Unit standing = org.standingAgency(communeId).orElseGet(() -> active.stream().findFirst()
                .orElseThrow(() -> new Conflict("parindex.start.noUnits")));
        CriteriaTree tree = sets.tree(set);
        return transaction.execute(s -> {
            long id = repository.insert(communeId, set.id(), period.code(), set.deadline(period.type() == PeriodType.HALF_YEAR));
            for (CriteriaNode leaf : tree.leaves()) {
                Unit unit = active.stream().filter(u -> leaf.unitKind() != null && u.kind().name().equals(leaf.unitKind()))
                        .findFirst().orElse(standing);
                repository.insertItem(id, communeId, leaf.id(), unit.id(), leaf.method() == ScoringMethod.SURVEY
                        ? AssessmentItem.State.ACCEPTED : AssessmentItem.State.OPEN);
            }
            return id;
        });
    }

    static Period parsePeriod(String code) {
        try {
            Period p = Period.parse(code == null ? "" : code.trim());
            if (p.type() == PeriodType.YEAR || p.type() == PeriodType.HALF_YEAR && p.index() == 1) {
                return p;
            }
        } catch (RuntimeException e) {
            // falls through to the refusal below
        }
        throw InvalidInput.of("period", "parindex.period.invalid");
    }

    // --- the unit's proposal -----------------------------------------------------------------------------------

    /**
     * Saves a unit's proposal for one criterion. Points must lie within the maximum (and on a manual scale, or be 0
     * or full for yes/no). A computed criterion proposes its points from live data; a different score needs a reason
     * and is kept as an override. A count criterion turns the count into points.
     */
    public void propose(CurrentUser user, long itemId, ProposalForm form, EvidenceForm upload, UploadedFile file) {
        Editing e = editingBy(user, itemId);
        AssessmentItem item = e.item();
        CriteriaNode node = e.node();
        ScoringRule rule = sets.rule(node);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.getCount() != null && form.getCount() < 0) {
            problems.add("count", "parindex.count.negative");
        }
        if (text(form.getComment()) != null && form.getComment().length() > MAX_TEXT
                || text(form.getOverrideReason()) != null && form.getOverrideReason().length() > MAX_TEXT) {
            problems.add("comment", "parindex.text.tooLong", String.valueOf(MAX_TEXT));
        }
        problems.throwIfAny();
        LiveFigures.Inputs inputs = live.inputs(e.assessment());
        Optional<Proposal> proposal = propose(node, form.getCount(), inputs, org.activeUnits(item.communeId()).size());
        BigDecimal points = form.getPoints() != null ? form.getPoints() : proposal.map(Proposal::points).orElse(null);
        if (points != null) {
            checkPoints(node, rule, points, "points");
        }
        boolean overridden = points != null && proposal.isPresent() && points.compareTo(proposal.get().points()) != 0;
        String reason = overridden ? text(form.getOverrideReason()) : null;
        if (overridden) {
            if (reason == null) {
                throw InvalidInput.of("overrideReason", "parindex.override.reasonRequired",
                        proposal.get().points().stripTrailingZeros().toPlainString());
            }
        }
        AssessmentItem changed = new AssessmentItem(item.id(), item.assessmentId(), item.communeId(), item.nodeId(),
                item.unitId(), item.state(), points, form.getCount(), proposal.map(Proposal::points).orElse(null),
                proposal.map(Proposal::figure).orElse(null), reason, text(form.getComment()), item.reviewComment(),
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
            auditSelf(user, item, points, reason != null ? reason : text(form.getComment()));
        });
    }

    private void auditSelf(CurrentUser user, AssessmentItem item, BigDecimal points, String reason) {
        if (!samePoints(item.selfPoints(), points)) {
            repository.audit(item.communeId(), item.assessmentId(), item.id(), "SELF", item.selfPoints(), points, reason,
                    user.id(), clock.instant());
        }
    }

    private static void checkPoints(CriteriaNode node, ScoringRule rule, BigDecimal points, String field) {
        String max = node.maxPoints().stripTrailingZeros().toPlainString();
        if (points.signum() < 0 || points.compareTo(node.maxPoints()) > 0) {
            throw InvalidInput.of(field, "parindex.points.range", max);
        }
        if (points.scale() > 2 && points.stripTrailingZeros().scale() > 2) {
            throw InvalidInput.of(field, "parindex.points.decimals");
        }
        if (rule instanceof ScoringRule.YesNo && points.signum() != 0 && points.compareTo(node.maxPoints()) != 0) {
            throw InvalidInput.of(field, "parindex.points.yesNo", max);
        }
        if (rule instanceof ScoringRule.Manual m && !m.allows(points)) {
            throw InvalidInput.of(field, "parindex.points.scale",
                    String.join("; ", m.scale().stream().map(v -> v.stripTrailingZeros().toPlainString()).toList()));
        }
    }

    /**
     * The unit sends its proposal to the standing agency. Points must be set; a computed proposal the unit never
     * changed is taken as its score.
     */
    public void submitItem(CurrentUser user, long itemId, int version) {
        Editing e = editingBy(user, itemId);
        int current = version;
        if (e.item().selfPoints() == null) {
            LiveFigures.Inputs inputs = live.inputs(e.assessment());
            if (propose(e.node(), e.item().countValue(), inputs, org.activeUnits(e.item().communeId()).size()).isEmpty()) {
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

    private record Editing(Assessment assessment, AssessmentItem item, CriteriaNode node) {
    }

    /** The item, if the user's unit answers for it and it is open for editing (else 403 or 409). */
    private Editing editingBy(CurrentUser user, long itemId) {
        Located l = locate(user, itemId);
        if (!user.canReportFor(l.item().unitId())) {
            throw new AccessDeniedException("criterion of another unit");
        }
        if (!l.assessment().editableByCommune()) {
            throw new Conflict("parindex.assessment.frozen");
        }
        if (!l.item().editable() || l.node().method() == ScoringMethod.SURVEY) {
            throw new Conflict("parindex.item.notEditable");
        }
        return new Editing(l.assessment(), l.item(), l.node());
    }

    record Located(Assessment assessment, AssessmentItem item, CriteriaNode node) {
    }

    /** An item of an assessment the user may see, else 404. */
    Located locate(CurrentUser user, long itemId) {
        long communeId = user.hasCommune() ? user.communeId() : repository.communeOfItem(itemId)
                .orElseThrow(() -> new NotFoundException("criterion", itemId));
        AssessmentItem item = repository.item(communeId, itemId).orElseThrow(() -> new NotFoundException("criterion", itemId));
        Assessment a = assessment(user, item.assessmentId());
        CriteriaNode node = criteria.nodes(a.setId()).stream().filter(n -> n.id() == item.nodeId()).findFirst().orElseThrow();
        return new Located(a, item, node);
    }

    // --- the standing agency -----------------------------------------------------------------------------------

    /** Accepts a submitted criterion, or returns it to the unit with a comment saying what to fix. */
    public void review(CurrentUser user, long itemId, boolean accept, String comment, int version) {
        requireCoordinator(user);
        Located l = locate(user, itemId);
        if (!l.assessment().editableByCommune()) {
            throw new Conflict("parindex.assessment.frozen");
        }
        if (l.item().state() != AssessmentItem.State.SUBMITTED) {
            throw new Conflict("parindex.item.notSubmitted");
        }
        if (!accept && text(comment) == null) {
            throw InvalidInput.of("comment", "parindex.review.commentRequired");
        }
        if (!repository.changeState(l.item().communeId(), itemId, version,
                accept ? AssessmentItem.State.ACCEPTED : AssessmentItem.State.RETURNED, text(comment))) {
            throw new Conflict("parindex.item.changed");
        }
    }

    /** Gives a criterion to another unit of the commune, while it is not yet accepted. */
    public void reassign(CurrentUser user, long itemId, long unitId) {
        requireCoordinator(user);
        Located l = locate(user, itemId);
        if (!l.assessment().editableByCommune() || l.item().state() == AssessmentItem.State.ACCEPTED) {
            throw new Conflict("parindex.item.notEditable");
        }
        Unit unit = org.unit(l.item().communeId(), unitId).orElseThrow(() -> InvalidInput.of("unit", "parindex.unit.unknown"));
        repository.reassign(l.item().communeId(), itemId, unit.id());
    }

    /** Links plan tasks and targets of the commune to a criterion (by its code, for every period). */
    public void link(CurrentUser user, long itemId, List<Long> taskIds, List<Long> targetIds) {
        requireCoordinator(user);
        Located l = locate(user, itemId);
        LiveFigures.Inputs inputs = live.inputs(l.assessment());
        List<Long> tasks = taskIds == null ? List.of() : taskIds.stream().distinct().toList();
        List<Long> targets = targetIds == null ? List.of() : targetIds.stream().distinct().toList();
        if (!inputs.tasks.keySet().containsAll(tasks) || !inputs.targets.keySet().containsAll(targets)) {
            throw InvalidInput.of("tasks", "parindex.link.unknown");
        }
        transaction.executeWithoutResult(s -> repository.replaceLinks(l.item().communeId(), l.node().code(), tasks, targets));
    }

    ScoringRule ruleOf(CriteriaNode node) {
        return sets.rule(node);
    }

    /** The commune's tasks and targets of the assessment's year, and which of them the criterion links. */
    public record LinkChoices(List<vn.cchc.plan.TaskView> tasks, List<vn.cchc.plan.Target> targets,
                              List<Long> linkedTasks, List<Long> linkedTargets) {
    }

    LinkChoices linkChoices(CurrentUser user, Located l) {
        LiveFigures.Inputs inputs = live.inputs(l.assessment());
        return new LinkChoices(List.copyOf(inputs.tasks.values()), List.copyOf(inputs.targets.values()),
                inputs.links.tasksOf(l.node().code()), inputs.links.targetsOf(l.node().code()));
    }

    // --- the chairman ------------------------------------------------------------------------------------------

    /**
     * The chairman approves the whole assessment once every criterion is accepted; it is sent to the province as a
     * frozen snapshot (version 1) with its evidence list.
     */
    public int approveAndSubmit(CurrentUser user, long id, int version) {
        if (user.role() != Role.LEADER) {
            throw new AccessDeniedException("approve assessment");
        }
        Assessment a = assessment(user, id);
        if (!a.editableByCommune()) {
            throw new Conflict("parindex.assessment.frozen");
        }
        long open = repository.items(a.communeId(), id).stream().filter(i -> i.state() != AssessmentItem.State.ACCEPTED)
                .count();
        if (open > 0) {
            throw new Conflict("parindex.approve.notAllAccepted", String.valueOf(open));
        }
        transaction.executeWithoutResult(s -> {
            if (!repository.changeStatus(a.communeId(), id, version, Assessment.Status.SUBMITTED)) {
                throw new Conflict("parindex.assessment.changed");
            }
            repository.markSubmitted(a.communeId(), id, user.id(), clock.instant());
            snapshot(user, a, 1);
        });
        return 1;
    }

    private void snapshot(CurrentUser user, Assessment a, int versionNo) {
        AssessmentPage page = view(user, a, criteria.set(org.commune(a.communeId()).provinceId(), a.setId()).orElseThrow());
        List<SnapshotItem> items = new ArrayList<>();
        for (AssessmentPage.Row row : page.rows()) {
            if (row.item() == null) {
                continue;
            }
            AssessmentItem i = row.item();
            items.add(new SnapshotItem(row.node().code(), row.node().title(), row.node().maxPoints(), row.unitName(),
                    i.selfPoints(), i.countValue(), i.computedPoints(), i.computedFigure(), i.overrideReason(),
                    i.comment(), i.explanation(), row.evidence().stream().map(d -> new SnapshotItem.Document(d.id(),
                            d.title(), d.fileName(), d.sha256())).toList()));
        }
        try {
            repository.insertSnapshot(a.communeId(), a.id(), versionNo, user.id(), clock.instant(), page.selfTotal(),
                    JSON.writeValueAsString(items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Snapshot> snapshots(CurrentUser user, long id) {
        Assessment a = assessment(user, id);
        return repository.snapshots(a.communeId(), a.id());
    }

    static List<SnapshotItem> contentOf(Snapshot snapshot) {
        try {
            return List.of(JSON.readValue(snapshot.content(), SnapshotItem[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document a snapshot of the assessment cites, for anyone who may see the assessment. */
    public EvidenceService.Download citedDocument(CurrentUser user, long id, long documentId) {
        Assessment a = assessment(user, id);
        boolean cited = repository.snapshots(a.communeId(), id).stream().flatMap(s -> contentOf(s).stream())
                .flatMap(i -> i.evidence().stream()).anyMatch(d -> d.id() == documentId)
                || repository.evidence(a.communeId(), id).values().stream().anyMatch(l -> l.contains(documentId));
        if (!cited) {
            throw new NotFoundException("evidence", documentId);
        }
        return evidence.openCited(a.communeId(), documentId);
    }

    // --- the appraiser -----------------------------------------------------------------------------------------

    /**
     * The appraiser's score for one criterion (survey criteria included), with a comment that is required when it
     * differs from the self score, and optionally a request for explanation to send in the one round.
     */
    public void appraise(CurrentUser user, long itemId, BigDecimal points, String comment, String explanationRequest,
                         int version) {
        Located l = appraising(user, itemId);
        if (!l.assessment().openForAppraisal(today())) {
            throw new Conflict("parindex.appraise.notOpen");
        }
        if (points == null) {
            throw InvalidInput.of("points", "parindex.points.missing");
        }
        checkPoints(l.node(), l.node().method() == ScoringMethod.SURVEY ? new ScoringRule.Manual(List.of())
                : sets.rule(l.node()), points, "points");
        String why = text(comment);
        if (why == null && l.item().selfPoints() != null && points.compareTo(l.item().selfPoints()) != 0) {
            throw InvalidInput.of("comment", "parindex.appraise.commentRequired");
        }
        String request = l.assessment().explanationRoundUsed() ? l.item().explanationRequest() : text(explanationRequest);
        transaction.executeWithoutResult(s -> {
            if (!repository.appraise(l.item().communeId(), itemId, version, points, why, request)) {
                throw new Conflict("parindex.item.changed");
            }
            if (!samePoints(l.item().appraisedPoints(), points)) {
                repository.audit(l.item().communeId(), l.assessment().id(), itemId, "APPRAISED",
                        l.item().appraisedPoints(), points, why, user.id(), clock.instant());
            }
        });
    }

    /** Sends the criteria marked for explanation back to the commune, once, with a deadline. */
    public void requestExplanations(CurrentUser user, long id, LocalDate due, int version) {
        requireAppraiser(user);
        Assessment a = assessment(user, id);
        if (a.status() != Assessment.Status.SUBMITTED || a.explanationRoundUsed()) {
            throw new Conflict("parindex.explain.roundUsed");
        }
        if (due == null || !due.isAfter(today())) {
            throw InvalidInput.of("due", "parindex.explain.dueFuture");
        }
        if (repository.items(a.communeId(), id).stream().noneMatch(i -> i.explanationRequest() != null)) {
            throw InvalidInput.of(null, "parindex.explain.noneMarked");
        }
        transaction.executeWithoutResult(s -> {
            if (!repository.changeStatus(a.communeId(), id, version, Assessment.Status.EXPLAINING)) {
                throw new Conflict("parindex.assessment.changed");
            }
            repository.markExplaining(a.communeId(), id, due);
        });
    }

    /** The commune's explanation of one criterion the appraiser asked about, until the deadline. */
    public void explain(CurrentUser user, long itemId, String explanation) {
        Located l = locate(user, itemId);
        if (!mayExplain(user, l.item().unitId())) {
            throw new AccessDeniedException("explain");
        }
        explaining(l.assessment());
        if (l.item().explanationRequest() == null) {
            throw new Conflict("parindex.explain.notAsked");
        }
        String text = text(explanation);
        if (text == null || text.length() > MAX_TEXT) {
            throw InvalidInput.of("explanation", "parindex.explain.required");
        }
        repository.explain(l.item().communeId(), itemId, text);
    }

    /** The commune's leadership, admin and standing agency answer for any criterion, a unit for its own; a viewer never. */
    static boolean mayExplain(CurrentUser user, long unitId) {
        boolean answersForCommune = user.role() == Role.LEADER || user.role() == Role.COMMUNE_ADMIN
                || user.role() == Role.STANDING_AGENCY;
        return user.hasCommune() && (answersForCommune || user.canReportFor(unitId));
    }

    /** The commune sends its explanations: a second frozen snapshot, and the appraiser can score again. */
    public void submitExplanations(CurrentUser user, long id, int version) {
        if (user.role() != Role.LEADER && !user.canReviewReports()) {
            throw new AccessDeniedException("submit explanations");
        }
        Assessment a = assessment(user, id);
        explaining(a);
        transaction.executeWithoutResult(s -> {
            if (!repository.changeStatus(a.communeId(), id, version, Assessment.Status.SUBMITTED)) {
                throw new Conflict("parindex.assessment.changed");
            }
            snapshot(user, a, 2);
        });
    }

    private void explaining(Assessment a) {
        if (a.status() != Assessment.Status.EXPLAINING) {
            throw new Conflict("parindex.explain.notOpen");
        }
        if (today().isAfter(a.explainDue())) {
            throw new Conflict("parindex.explain.late", VietnamTime.DATE.format(a.explainDue()));
        }
    }

    /**
     * Finalises the appraisal. Criteria the appraiser did not touch keep the self score (audited as such); survey
     * criteria must have been scored. Possible while explanations are pending only after their deadline.
     */
    public void finalise(CurrentUser user, long id, int version) {
        requireAppraiser(user);
        Assessment a = assessment(user, id);
        if (!a.openForAppraisal(today())) {
            throw new Conflict("parindex.appraise.notOpen");
        }
        CriteriaTree tree = sets.tree(criteria.set(user.provinceId(), a.setId()).orElseThrow());
        List<AssessmentItem> items = repository.items(a.communeId(), id);
        long surveyMissing = items.stream().filter(i -> i.appraisedPoints() == null
                && tree.node(i.nodeId()).method() == ScoringMethod.SURVEY).count();
        if (surveyMissing > 0) {
            throw InvalidInput.of(null, "parindex.finalise.surveyMissing", String.valueOf(surveyMissing));
        }
        transaction.executeWithoutResult(s -> {
            if (!repository.changeStatus(a.communeId(), id, version, Assessment.Status.FINAL)) {
                throw new Conflict("parindex.assessment.changed");
            }
            for (AssessmentItem i : items) {
                if (i.appraisedPoints() == null) {
                    repository.appraise(a.communeId(), i.id(), i.version(), i.selfPoints(), i.appraisalComment(),
                            i.explanationRequest());
                    repository.audit(a.communeId(), id, i.id(), "APPRAISED", null, i.selfPoints(),
                            "parindex.audit.keptSelf", user.id(), clock.instant());
                }
            }
            repository.markFinal(a.communeId(), id, user.id(), clock.instant());
        });
    }

    private Located appraising(CurrentUser user, long itemId) {
        requireAppraiser(user);
        return locate(user, itemId);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static void requireCoordinator(CurrentUser user) {
        if (!user.canReviewReports()) {
            throw new AccessDeniedException("coordinate assessment");
        }
    }

    private static void requireAppraiser(CurrentUser user) {
        if (user.role() != Role.PROVINCE_APPRAISER) {
            throw new AccessDeniedException("appraise");
        }
    }

    private static boolean samePoints(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
