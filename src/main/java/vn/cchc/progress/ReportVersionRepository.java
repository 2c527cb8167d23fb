package vn.cchc.progress;

import static vn.cchc.shared.Timestamps.instant;
import static vn.cchc.shared.Timestamps.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submitted, read-only versions of a report (report_version, its items and evidence) and their review. */
@Repository
class ReportVersionRepository {

    private final JdbcClient jdbc;

    ReportVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record VersionRow(long id, long reportId, int versionNo, Instant submittedAt, String submittedBy, boolean late,
                      String decision, Instant decidedAt, String decidedBy, String comment) {
    }

    long insertVersion(long communeId, long reportId, int versionNo, Instant at, long userId, boolean late) {
        return jdbc.sql("""
                        insert into report_version (report_id, commune_id, version_no, submitted_at, submitted_by, late)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(reportId, communeId, versionNo, utc(at), userId, late).query(Long.class).single();
    }

    /**
     * Copies the report's working lines and their evidence into a version, in two statements. The task's code and
     * title are copied as they are now ({@code taskIds}, {@code codes}, {@code titles} are parallel arrays), so the
     * version reads the same after the plan changes.
     */
    void snapshot(long communeId, long reportId, long versionId, Long[] taskIds, String[] codes, String[] titles) {
        jdbc.sql("""
                        insert into report_version_item (version_id, commune_id, task_id, task_code, task_title,
                            occurrence_due, role, status, percent, quantity, narrative, reason, completed_on)
                        select ?, i.commune_id, i.task_id, t.code, t.title, i.occurrence_due, i.role, i.status,
                               i.percent, i.quantity, i.narrative, i.reason, i.completed_on
                        from unit_report_item i
                        join unnest(?::bigint[], ?::text[], ?::text[]) as t(id, code, title) on t.id = i.task_id
                        where i.report_id = ? and i.commune_id = ? order by i.id""")
                .params(versionId, taskIds, codes, titles, reportId, communeId).update();
        jdbc.sql("""
                        insert into report_version_evidence (version_item_id, document_id, commune_id)
                        select vi.id, e.document_id, e.commune_id
                        from report_version_item vi
                        join unit_report_item i on i.report_id = ? and i.task_id = vi.task_id
                             and i.occurrence_due is not distinct from vi.occurrence_due
                        join unit_report_item_evidence e on e.item_id = i.id
                        where vi.version_id = ? and vi.commune_id = ?""")
                .params(reportId, versionId, communeId).update();
    }

    List<VersionRow> versions(long communeId, long reportId) {
        // Read model: who submitted and who decided each version, in the versions' own query (org's API looks
        // people up by unit or role, not by id, and a report page lists every version).
        return jdbc.sql("""
                        select v.*, s.full_name as submitter, d.full_name as decider from report_version v
                        join app_user s on s.id = v.submitted_by left join app_user d on d.id = v.decided_by
                        where v.report_id = ? and v.commune_id = ? order by v.version_no desc""")
                .params(reportId, communeId)
                .query((rs, n) -> new VersionRow(rs.getLong("id"), rs.getLong("report_id"), rs.getInt("version_no"),
                        instant(rs, "submitted_at"), rs.getString("submitter"),
                        rs.getBoolean("late"), rs.getString("decision"), instant(rs, "decided_at"),
                        rs.getString("decider"), rs.getString("comment")))
                .list();
    }

    record VersionItem(long id, long taskId, String taskCode, String taskTitle, LocalDate occurrenceDue,
                       ObligationRole role, ItemStatus status, Integer percent, BigDecimal quantity, String narrative,
                       String reason, LocalDate completedOn) {
    }

    List<VersionItem> versionItems(long communeId, long versionId) {
        return jdbc.sql("select * from report_version_item where version_id = ? and commune_id = ? order by id")
                .params(versionId, communeId)
                .query((rs, n) -> new VersionItem(rs.getLong("id"), rs.getLong("task_id"), rs.getString("task_code"),
                        rs.getString("task_title"), rs.getObject("occurrence_due", LocalDate.class),
                        ObligationRole.valueOf(rs.getString("role")), ItemStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("percent"), rs.getBigDecimal("quantity"), rs.getString("narrative"),
                        rs.getString("reason"), rs.getObject("completed_on", LocalDate.class)))
                .list();
    }

    Map<Long, List<Long>> versionEvidence(long communeId, long versionId) {
        Map<Long, List<Long>> result = new HashMap<>();
        jdbc.sql("""
                        select e.version_item_id, e.document_id from report_version_evidence e
                        join report_version_item vi on vi.id = e.version_item_id
                        where vi.version_id = ? and e.commune_id = ? order by e.document_id""")
                .params(versionId, communeId)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }

    void decide(long communeId, long versionId, String decision, long userId, Instant at, String comment) {
        jdbc.sql("""
                        update report_version set decision = ?, decided_by = ?, decided_at = ?, comment = ?
                        where id = ? and commune_id = ? and decision is null""")
                .params(decision, userId, utc(at), comment, versionId, communeId).update();
    }
}
