package vn.cchc.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.dossier.ScoreCard;
import vn.cchc.dossier.ServiceIndicators;
import vn.cchc.org.CurrentUser;
import vn.cchc.parindex.Assessment;
import vn.cchc.parindex.CommuneStandings;
import vn.cchc.plan.IssueRequests;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.TaskStatus;

/** Gathers the summary's figures from the plan, PAR Index and one-stop modules, each computed by its own rules. */
@Service
public class ChairmanSummary {

    private final PlanQueries plans;
    private final IssueRequests issueRequests;
    private final CommuneStandings standings;
    private final ServiceIndicators indicators;

    ChairmanSummary(PlanQueries plans, IssueRequests issueRequests, CommuneStandings standings,
                    ServiceIndicators indicators) {
        this.plans = plans;
        this.issueRequests = issueRequests;
        this.standings = standings;
        this.indicators = indicators;
    }

    /** The current plan's completion: tasks done of all, overdue and due soon, and the units leading overdue tasks. */
    public record PlanProgress(Plan plan, long tasks, long done, long overdue, long dueSoon, List<LateUnit> lateUnits) {
    }

    /** A unit leading overdue tasks: worst first. */
    public record LateUnit(long unitId, String name, long overdue, long leading) {
    }

    /** One point of the 766 trend: the period and its total (null when nothing was measured in it). */
    public record ScorePoint(Period period, BigDecimal total) {
    }

    public record Score766(int year, BigDecimal total, BigDecimal max, List<ScorePoint> months, List<ScorePoint> quarters) {
    }

    /** The plan and PAR parts are null when the commune has no issued plan or no assessment yet. */
    public record Summary(LocalDate today, PlanProgress plan, CommuneStandings.Standing par,
                   Score766 score, List<IssueRequests.Waiting> plansToIssue, List<CommuneStandings.Standing> parToApprove,
                   List<CommuneStandings.Standing> parToExplain) {

        public int awaitingCount() {
            return plansToIssue.size() + parToApprove.size() + parToExplain.size();
        }
    }

    Summary of(CurrentUser user) {
        long communeId = user.requireCommune();
        LocalDate today = plans.today();
        Optional<CommuneStandings.Standing> par = standings.latest(user);
        List<CommuneStandings.Standing> toApprove = par.filter(CommuneStandings.Standing::readyToApprove).stream()
                .toList();
        // The chairman signs the explanations the province asked for while the round is open.
        List<CommuneStandings.Standing> toExplain = par.filter(s -> s.assessment().status()
                == Assessment.Status.EXPLAINING && !today.isAfter(s.assessment().explainDue())).stream().toList();
        return new Summary(today, currentPlan(user).map(this::progress).orElse(null), par.orElse(null),
                score(communeId, today),
                issueRequests.waiting(user), toApprove, toExplain);
    }

    /** The most recent issued plan the user sees (plans come newest period first). */
    private Optional<Plan> currentPlan(CurrentUser user) {
        return plans.plansFor(user).stream().filter(p -> p.status() == PlanStatus.ISSUED).findFirst();
    }

    private PlanProgress progress(Plan plan) {
        PlanQueries.Overview o = plans.overview(plan);
        long done = o.byStatus().get(TaskStatus.DONE_ON_TIME) + o.byStatus().get(TaskStatus.DONE_LATE);
        List<LateUnit> late = o.byUnit().stream()
                .filter(u -> u.byStatus().get(TaskStatus.OVERDUE) > 0)
                .map(u -> new LateUnit(u.unit().id(), u.unit().name(), u.byStatus().get(TaskStatus.OVERDUE), u.leading()))
                .sorted(Comparator.comparingLong(LateUnit::overdue).reversed().thenComparing(LateUnit::name))
                .toList();
        return new PlanProgress(plan, o.taskCount(), done, o.byStatus().get(TaskStatus.OVERDUE),
                o.byStatus().get(TaskStatus.DUE_SOON), late);
    }

    /** The year so far, and each month and quarter begun so far this year. */
    private Score766 score(long communeId, LocalDate today) {
        int year = today.getYear();
        ScoreCard whole = indicators.score(communeId, Period.year(year));
        return new Score766(year, whole.total(), whole.max(), pointsBegun(communeId, PeriodType.MONTH, today),
                pointsBegun(communeId, PeriodType.QUARTER, today));
    }

    private List<ScorePoint> pointsBegun(long communeId, PeriodType type, LocalDate today) {
        List<Period> begun = Period.allOf(type, today.getYear()).stream().filter(p -> !p.start().isAfter(today)).toList();
        List<ScoreCard> cards = indicators.scores(communeId, begun);
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < begun.size(); i++) {
            points.add(new ScorePoint(begun.get(i), cards.get(i).total()));
        }
        return points;
    }
}
