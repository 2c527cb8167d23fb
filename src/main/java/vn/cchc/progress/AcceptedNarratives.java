package vn.cchc.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.plan.Plan;

/**
 * What units wrote in their accepted reports, for documents that summarise a period (the periodic CCHC report):
 * the latest accepted statement per task, unit and occurrence, from reports whose period ends inside a window.
 * Drafts, submitted-but-unreviewed and returned versions are never read here.
 */
@Component
public class AcceptedNarratives {

    /** One accepted line, with the evidence documents it cites. */
    public record Narrative(long taskId, long unitId, String periodCode, LocalDate periodEnd, ItemStatus status,
                            String narrative, String reason, LocalDate completedOn, List<Long> documentIds) {
    }

    private final JdbcClient jdbc;
    private final ReportingSchedule schedule;

    AcceptedNarratives(JdbcClient jdbc, ReportingSchedule schedule) {
        this.jdbc = jdbc;
        this.schedule = schedule;
    }

    public List<Narrative> inWindow(Plan plan, LocalDate from, LocalDate to) {
        Map<String, ReportingPeriod> periods = schedule.periods(plan).stream()
                .collect(Collectors.toMap(ReportingPeriod::code, Function.identity(), (a, b) -> a));
        return jdbc.sql("""
                        select distinct on (vi.task_id, r.unit_id, vi.occurrence_due, r.period_code)
                               vi.task_id, r.unit_id, r.period_code, vi.status, vi.narrative, vi.reason,
                               vi.completed_on,
                               array(select e.document_id from report_version_evidence e
                                     where e.version_item_id = vi.id order by e.document_id) as documents
                        from report_version v
                        join unit_report r on r.id = v.report_id
                        join report_version_item vi on vi.version_id = v.id
                        where r.plan_id = ? and r.commune_id = ? and v.decision = 'ACCEPTED'
                        order by vi.task_id, r.unit_id, vi.occurrence_due, r.period_code, v.decided_at desc, v.id desc""")
                .params(plan.id(), plan.communeId())
                .query((rs, n) -> {
                    ReportingPeriod p = periods.get(rs.getString("period_code"));
                    return new Narrative(rs.getLong("task_id"), rs.getLong("unit_id"), rs.getString("period_code"),
                            p == null ? null : p.end(), ItemStatus.valueOf(rs.getString("status")),
                            rs.getString("narrative"), rs.getString("reason"),
                            rs.getObject("completed_on", LocalDate.class),
                            List.of((Long[]) rs.getArray("documents").getArray()));
                })
                .list().stream()
                .filter(n -> n.periodEnd() != null && !n.periodEnd().isBefore(from) && !n.periodEnd().isAfter(to))
                .toList();
    }
}
