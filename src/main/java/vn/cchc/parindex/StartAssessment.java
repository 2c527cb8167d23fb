package vn.cchc.parindex;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;

/** The standing agency starts the commune's assessment of a period. */
@Service
public class StartAssessment {

    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final CriteriaSets sets;
    private final OrgDirectory org;
    private final TransactionTemplate transaction;

    StartAssessment(AssessmentRepository repository, CriteriaRepository criteria, CriteriaSets sets, OrgDirectory org,
                    TransactionTemplate transaction) {
        this.repository = repository;
        this.criteria = criteria;
        this.sets = sets;
        this.org = org;
        this.transaction = transaction;
    }

    /**
     * Starts the commune's assessment of a period ("2026S1" or "2026") against the province's active set of that
     * year: one item per leaf criterion, assigned to the commune's unit of the criterion's kind (else the standing
     * agency). Survey criteria are the province's to score and need no review. One transaction: all items or none.
     */
    public long start(CurrentUser user, String periodCode) {
        AssessmentAccess.require(AssessmentPolicy.byRole(user, AssessmentPolicy.Step.START));
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

    /** An assessed period: the first half or the year; anything else is refused. */
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
}
