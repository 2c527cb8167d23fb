package vn.cchc.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What units stated about occurrences, read across reports and their versions: the accepted ones (task status) and a
 * unit's latest working ones (to prefill a new report line).
 */
@Repository
class StatementRepository {

    private final JdbcClient jdbc;

    StatementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a unit stated about one occurrence (in an accepted version, or its latest report). */
    record Statement(long taskId, long unitId, ObligationRole role, LocalDate occurrenceDue, ItemStatus status, Integer percent,
                     BigDecimal quantity, String narrative, String reason, LocalDate completedOn) {
    }

    /** The latest accepted statement per task, unit and occurrence of a plan. */
    List<Statement> acceptedStatements(long communeId, long planId) {
        return acceptedStatements(communeId, planId, false);
    }

    /** The same, for lead units only (what a task's own status needs). */
    List<Statement> acceptedLeadStatements(long communeId, long planId) {
        return acceptedStatements(communeId, planId, true);
    }

    private List<Statement> acceptedStatements(long communeId, long planId, boolean leadOnly) {
        return jdbc.sql("""
                        select distinct on (vi.task_id, r.unit_id, vi.occurrence_due)
                               vi.task_id, r.unit_id, vi.role, vi.occurrence_due, vi.status, vi.percent, vi.quantity,
                               vi.narrative, vi.reason, vi.completed_on
                        from report_version v
                        join unit_report r on r.id = v.report_id
                        join report_version_item vi on vi.version_id = v.id
                        where r.plan_id = ? and r.commune_id = ? and v.decision = 'ACCEPTED'
                          and (not ? or vi.role = 'LEAD')
                        order by vi.task_id, r.unit_id, vi.occurrence_due, v.decided_at desc, v.id desc""")
                .params(planId, communeId, leadOnly).query(StatementRepository::statement).list();
    }

    /** The unit's most recent working statement per occurrence in its other reports of the plan (to prefill). */
    List<Statement> latestStatements(long communeId, long planId, long unitId, long exceptReportId) {
        return jdbc.sql("""
                        select distinct on (i.task_id, i.occurrence_due)
                               i.task_id, r.unit_id, i.role, i.occurrence_due, i.status, i.percent, i.quantity,
                               i.narrative, i.reason, i.completed_on
                        from unit_report_item i join unit_report r on r.id = i.report_id
                        where r.plan_id = ? and r.commune_id = ? and r.unit_id = ? and r.id <> ?
                        order by i.task_id, i.occurrence_due, r.updated_at desc, r.id desc""")
                .params(planId, communeId, unitId, exceptReportId).query(StatementRepository::statement).list();
    }

    private static Statement statement(ResultSet rs, int n) throws SQLException {
        return new Statement(rs.getLong("task_id"), rs.getLong("unit_id"),
                ObligationRole.valueOf(rs.getString("role")), rs.getObject("occurrence_due", LocalDate.class),
                ItemStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("percent"),
                rs.getBigDecimal("quantity"), rs.getString("narrative"), rs.getString("reason"),
                rs.getObject("completed_on", LocalDate.class));
    }
}
