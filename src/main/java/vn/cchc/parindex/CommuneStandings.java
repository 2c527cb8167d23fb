package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;

/**
 * The commune's own PAR Index position for its summary page: the latest assessment's self score and its group,
 * the appraised index and the province rank once the province finalised it, and whether the chairman's approval
 * is what it waits for (every criterion accepted, as {@link ApproveAndSend} requires).
 */
@Service
public class CommuneStandings {

    private final AssessmentRepository repository;
    private final CriteriaRepository criteria;
    private final ProvinceRanking ranking;
    private final OrgDirectory org;

    CommuneStandings(AssessmentRepository repository, CriteriaRepository criteria, ProvinceRanking ranking,
                     OrgDirectory org) {
        this.repository = repository;
        this.criteria = criteria;
        this.ranking = ranking;
        this.org = org;
    }

    /**
     * @param selfPercent the self score as the ranking computes it (null before any criterion is scored)
     * @param grade       the group of the appraised index once final, else of the self score
     * @param rank        the rank among the province's ranked communes, only once the province finalised ours
     * @param readyToApprove still with the commune and every criterion accepted: the chairman's approval is next
     */
    public record Standing(Assessment assessment, Period period, BigDecimal selfPercent, BigDecimal indexPercent,
                           String grade, Integer rank, long rankedCount, long accepted, long criteria,
                           boolean readyToApprove) {
    }

    /** The commune's most recent assessment (by the end of its period), if it has one. */
    public Optional<Standing> latest(CurrentUser user) {
        long communeId = user.requireCommune();
        return repository.ofCommune(communeId).stream()
                .max(Comparator.comparing((Assessment a) -> Period.parse(a.periodCode()).end())
                        .thenComparing(a -> Period.parse(a.periodCode()).type().ordinal()))
                .map(a -> standing(communeId, a));
    }

    /** Every assessment of the commune with its standing, latest period first (the REST API's PAR scores). */
    public java.util.List<Standing> all(long communeId) {
        return repository.ofCommune(communeId).stream()
                .sorted(Comparator.comparing((Assessment a) -> Period.parse(a.periodCode()).end()).reversed())
                .map(a -> standing(communeId, a)).toList();
    }

    private Standing standing(long communeId, Assessment a) {
        long provinceId = org.commune(communeId).provinceId();
        Period period = Period.parse(a.periodCode());
        ProvinceRanking.View view = ranking.view(provinceId, period);
        ProvinceRanking.Line line = view.lines().stream().filter(l -> l.commune().id() == communeId).findFirst()
                .orElseThrow();
        boolean fin = a.status() == Assessment.Status.FINAL;
        String grade = line.grade();
        if (grade == null && line.selfPercent() != null) {
            grade = criteria.set(provinceId, a.setId()).orElseThrow().grades().of(line.selfPercent());
        }
        long notAccepted = repository.items(communeId, a.id()).stream()
                .filter(i -> i.state() != AssessmentItem.State.ACCEPTED).count();
        boolean ready = a.editableByCommune() && AssessmentPolicy.allAccepted(notAccepted).allowed();
        return new Standing(a, period, line.selfPercent(), line.indexPercent(), grade, fin ? line.rank() : null,
                view.lines().stream().filter(ProvinceRanking.Line::ranked).count(), line.accepted(), line.criteria(),
                ready);
    }
}
