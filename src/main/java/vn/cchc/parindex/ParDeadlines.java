package vn.cchc.parindex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.org.Commune;
import vn.cchc.org.OrgDirectory;

/**
 * The PAR deadlines falling in a window of days, for the daily reminders (progress): each commune's self-assessment
 * deadline while it has not sent its assessment (from the assessment, or from the province's active criteria set when
 * it has not started), each explanation round's deadline, and per unit the criteria it has not yet sent; and one
 * commune's PAR dates with the units they concern, done or not, for its calendar of deadlines.
 */
@Service
public class ParDeadlines {

    private final DeadlineQueries queries;
    private final AssessmentRepository assessments;
    private final CriteriaRepository criteria;
    private final OrgDirectory org;

    ParDeadlines(DeadlineQueries queries, AssessmentRepository assessments, CriteriaRepository criteria,
                 OrgDirectory org) {
        this.queries = queries;
        this.assessments = assessments;
        this.criteria = criteria;
        this.org = org;
    }

    public enum Kind { SELF_ASSESSMENT, EXPLANATION }

    /** A commune's deadline; {@code assessmentId} is null when the commune has not started the assessment. */
    public record Deadline(long communeId, Kind kind, String periodCode, String periodLabel, LocalDate due,
                           Long assessmentId) {
    }

    /** A unit's criteria of an assessment still open or returned to it, with the self-assessment deadline. */
    public record Unsent(long communeId, long unitId, long assessmentId, String periodLabel, LocalDate due,
                         int criteria) {
    }

    /** Deadlines from {@code from} to {@code to}, both included. */
    public List<Deadline> deadlines(LocalDate from, LocalDate to) {
        List<Deadline> out = new ArrayList<>();
        for (Assessment a : queries.inProgressDue(from, to)) {
            out.add(new Deadline(a.communeId(), Kind.SELF_ASSESSMENT, a.periodCode(), label(a.periodCode()), a.deadline(),
                    a.id()));
        }
        for (CriteriaSet set : queries.activeSets()) {
            for (Map.Entry<String, LocalDate> period : set.periodDeadlines().entrySet()) {
                String code = period.getKey();
                LocalDate due = period.getValue();
                if (!within(due, from, to)) {
                    continue;
                }
                List<Long> communes = org.communesOf(set.provinceId()).stream().map(Commune::id).toList();
                Map<Long, Assessment> started = assessments.ofCommunes(communes, code);
                communes.stream().filter(c -> !started.containsKey(c)).forEach(c ->
                        out.add(new Deadline(c, Kind.SELF_ASSESSMENT, code, label(code), due, null)));
            }
        }
        for (Assessment a : queries.explainingDue(from, to)) {
            out.add(new Deadline(a.communeId(), Kind.EXPLANATION, a.periodCode(), label(a.periodCode()), a.explainDue(),
                    a.id()));
        }
        return out;
    }

    /** Units with criteria not yet sent, of assessments whose deadline falls from {@code from} to {@code to}. */
    public List<Unsent> unsent(LocalDate from, LocalDate to) {
        return queries.unsent(from, to).stream().map(r -> new Unsent(r.communeId(), r.unitId(), r.assessmentId(),
                label(r.periodCode()), r.deadline(), r.count())).toList();
    }

    /**
     * One date of a commune's calendar. {@code assessmentId} is null for a period not yet started; {@code unitIds}
     * are the units answering for the assessment's criteria (none before it starts: the standing agency's to
     * begin); {@code done} once the step is behind the commune.
     */
    public record CommuneDeadline(LocalDate date, Kind kind, String periodCode, Long assessmentId, Set<Long> unitIds,
                                  boolean done) {
    }

    /**
     * The commune's PAR dates from {@code from} to {@code to}, both included, whatever their state: each assessment's
     * deadline and explanation deadline, and the active criteria set's half-year and annual deadlines (e.g. 21/06,
     * 01/12) of a period not yet started.
     */
    public List<CommuneDeadline> ofCommune(long communeId, long provinceId, LocalDate from, LocalDate to) {
        List<CommuneDeadline> result = new ArrayList<>();
        List<Assessment> started = assessments.ofCommune(communeId);
        for (Assessment a : started) {
            boolean selfDue = within(a.deadline(), from, to);
            boolean explainDue = within(a.explainDue(), from, to);
            if (!selfDue && !explainDue) {
                continue;
            }
            Set<Long> units = assessments.unitsOf(communeId, a.id());
            if (selfDue) {
                result.add(new CommuneDeadline(a.deadline(), Kind.SELF_ASSESSMENT, a.periodCode(), a.id(), units,
                        a.status() != Assessment.Status.IN_PROGRESS));
            }
            if (explainDue) {
                result.add(new CommuneDeadline(a.explainDue(), Kind.EXPLANATION, a.periodCode(), a.id(), units,
                        a.status() != Assessment.Status.EXPLAINING));
            }
        }
        Set<String> startedPeriods = started.stream().map(Assessment::periodCode).collect(Collectors.toSet());
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            criteria.active(provinceId, year).ifPresent(set -> {
                set.periodDeadlines().forEach((code, due) -> {
                    if (!startedPeriods.contains(code) && within(due, from, to)) {
                        result.add(new CommuneDeadline(due, Kind.SELF_ASSESSMENT, code, null, Set.of(), false));
                    }
                });
            });
        }
        return result;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static String label(String periodCode) {
        return Period.parse(periodCode).label();
    }
}
