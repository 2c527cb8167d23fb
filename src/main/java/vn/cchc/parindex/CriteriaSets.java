package vn.cchc.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;

/**
 * The province admin's criteria sets: import (a new draft version, whole or not at all), edit a draft, publish it
 * as the year's active set (the previous one retires), copy a published set into a new draft, export.
 */
@Service
public class CriteriaSets {

    static final String EXAMPLE = "/parindex/example-set.json";

    private final CriteriaRepository repository;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RuleParser rules;

    CriteriaSets(CriteriaRepository repository, TransactionTemplate transaction, Clock clock,
                 IndicatorReadings indicators) {
        this.repository = repository;
        this.transaction = transaction;
        this.clock = clock;
        Set<String> codes = indicators.options().stream().map(IndicatorReadings.Option::code).collect(Collectors.toSet());
        this.rules = new RuleParser(codes);
    }

    RuleParser rules() {
        return rules;
    }

    public List<CriteriaSet> sets(CurrentUser user) {
        return repository.sets(user.provinceId());
    }

    public CriteriaSet set(CurrentUser user, long id) {
        return repository.set(user.provinceId(), id).orElseThrow(() -> new NotFoundException("criteria set", id));
    }

    public CriteriaTree tree(CriteriaSet set) {
        return new CriteriaTree(repository.nodes(set.id()));
    }

    /** Reads a JSON or XLSX file (told apart by content) and stores it as a new draft version of its code. */
    public long importFile(CurrentUser admin, String fileName, byte[] bytes) {
        requireAdmin(admin);
        if (bytes.length == 0) {
            throw CriteriaImportRefused.of("parindex.import.empty");
        }
        boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        CriteriaDraft draft = zip ? CriteriaFiles.readXlsx(bytes) : CriteriaFiles.readJson(bytes);
        return store(admin, draft, zip ? CriteriaFiles.FIRST_XLSX_ROW : 1);
    }

    /** The shipped example (not an official table): eight areas and the criteria the seed plans name. */
    public long loadExample(CurrentUser admin) {
        requireAdmin(admin);
        try (InputStream in = CriteriaSets.class.getResourceAsStream(EXAMPLE)) {
            return store(admin, CriteriaFiles.readJson(in.readAllBytes()), 1);
        } catch (IOException e) {
            throw new IllegalStateException("example criteria set missing", e);
        }
    }

    /** Stores a draft for a province without a user check, for demo data. */
    long storeFor(long provinceId, long userId, CriteriaDraft draft) {
        return insert(provinceId, userId, draft, 1);
    }

    private long store(CurrentUser admin, CriteriaDraft draft, int firstRow) {
        return insert(admin.provinceId(), admin.id(), draft, firstRow);
    }

    private long insert(long provinceId, long userId, CriteriaDraft draft, int firstRow) {
        List<ImportProblem> problems = new CriteriaValidator(rules).problems(draft, firstRow);
        if (!problems.isEmpty()) {
            throw new CriteriaImportRefused(problems);
        }
        BigDecimal survey = draft.criteria().stream().filter(n -> "SURVEY".equalsIgnoreCase(CriteriaValidator.blankToNull(n.method())))
                .map(CriteriaDraft.Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        return transaction.execute(s -> repository.insert(provinceId, draft,
                repository.nextVersion(provinceId, draft.code().trim()), survey.signum() == 0 ? null : survey, userId,
                clock.instant()));
    }

    public CriteriaDraft draftOf(CurrentUser user, long setId) {
        CriteriaSet set = set(user, setId);
        return draftOf(set, repository.nodes(setId));
    }

    private static CriteriaDraft draftOf(CriteriaSet set, List<CriteriaNode> nodes) {
        CriteriaTree tree = new CriteriaTree(nodes);
        List<CriteriaDraft.Node> out = new ArrayList<>();
        for (CriteriaNode n : tree.nodes()) {
            out.add(new CriteriaDraft.Node(n.code(), n.parentId() == null ? null : tree.node(n.parentId()).code(),
                    n.title(), n.maxPoints(), n.method() == null ? null : n.method().name(), n.rule(),
                    n.evidenceRequired(), n.unitKind()));
        }
        return new CriteriaDraft(set.code(), set.title(), set.year(), set.surveyPoints(), set.grading(),
                set.halfDeadline(), set.yearDeadline(), set.example(), out);
    }

    /** Makes a draft the year's active set; the set active until now retires (its assessments keep it). */
    public void publish(CurrentUser admin, long setId) {
        CriteriaSet set = draft(admin, setId);
        transaction.executeWithoutResult(s -> {
            repository.retireActive(admin.provinceId(), set.year());
            repository.setStatus(admin.provinceId(), setId, CriteriaSet.SetStatus.ACTIVE);
        });
    }

    /** A draft the province admin may change (another province's set: 404; another role: 403; published: 409). */
    public CriteriaSet draft(CurrentUser admin, long setId) {
        CriteriaSet set = set(admin, setId);
        requireAdmin(admin);
        if (!set.editable()) {
            throw new Conflict("parindex.set.notDraft");
        }
        return set;
    }

    /** A published set never changes: edits go into a new draft version copied from it. */
    public long newVersion(CurrentUser admin, long setId) {
        requireAdmin(admin);
        return store(admin, draftOf(admin, setId), 1);
    }

    public void deleteDraft(CurrentUser admin, long setId) {
        draft(admin, setId);
        repository.delete(admin.provinceId(), setId);
    }

    /**
     * Changes one node of a draft. A leaf's new maximum carries up to its criterion and area (a parent's maximum is
     * its children's sum); the whole set is checked again (rules within the maximum) before anything is saved.
     */
    public void editNode(CurrentUser admin, long setId, long nodeId, NodeForm form) {
        CriteriaSet set = draft(admin, setId);
        CriteriaTree tree = new CriteriaTree(repository.nodes(setId));
        CriteriaNode node = tree.node(nodeId);
        if (node == null) {
            throw new NotFoundException("criterion", nodeId);
        }
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw InvalidInput.of("title", "parindex.import.titleMissing");
        }
        BigDecimal max = node.leaf() ? form.getMaxPoints() : node.maxPoints();
        if (max == null || max.signum() < 0 || max.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw InvalidInput.of("maxPoints", "parindex.import.maxPoints");
        }
        BigDecimal delta = max.subtract(node.maxPoints());
        java.util.Set<Long> ancestors = new java.util.HashSet<>();
        for (Long at = node.parentId(); at != null; at = tree.node(at).parentId()) {
            ancestors.add(at);
        }
        List<CriteriaNode> changed = tree.nodes().stream().map(n -> n.id() == nodeId
                ? new CriteriaNode(n.id(), n.setId(), n.parentId(), n.code(), form.getTitle().trim(), max,
                        CriteriaValidator.blankToNull(form.getEvidence()), CriteriaValidator.blankToNull(form.getUnitKind()),
                        n.method(), n.leaf() ? CriteriaValidator.blankToNull(form.getRule()) : null, n.ordinal())
                : ancestors.contains(n.id()) ? new CriteriaNode(n.id(), n.setId(), n.parentId(), n.code(), n.title(),
                        n.maxPoints().add(delta), n.evidenceRequired(), n.unitKind(), n.method(), n.rule(), n.ordinal())
                : n).toList();
        List<ImportProblem> problems = new CriteriaValidator(rules).problems(draftOf(set, changed), 1);
        if (!problems.isEmpty()) {
            ImportProblem p = problems.get(0);
            throw InvalidInput.of(null, p.messageKey(), p.args());
        }
        transaction.executeWithoutResult(s -> changed.stream()
                .filter(n -> n.id() == nodeId || ancestors.contains(n.id()))
                .forEach(n -> repository.updateNode(setId, n.id(), n.title(), n.maxPoints(), n.evidenceRequired(),
                        n.unitKind(), n.rule())));
    }

    /** The rule of a leaf, parsed; sets are validated on the way in, so this only fails on a corrupted row. */
    ScoringRule rule(CriteriaNode leaf) {
        try {
            return rules.parse(leaf.method(), leaf.rule(), leaf.maxPoints());
        } catch (RuleParser.Problem e) {
            throw new IllegalStateException("criterion " + leaf.code() + ": " + e.key);
        }
    }

    /** Only the province's admin publishes and edits criteria sets; the page asks the same rule. */
    static boolean mayManage(CurrentUser user) {
        return user.role() == Role.PROVINCE_ADMIN;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException("criteria sets");
        }
    }
}
