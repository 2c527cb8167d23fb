package vn.cchc.progress;

import static vn.cchc.shared.Timestamps.instant;
import static vn.cchc.shared.Timestamps.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports, their versions and reporting windows; every query is filtered by commune. */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- per-plan rules and windows

    Optional<ProgressSettings.PlanRules> rules(long communeId, long planId) {
        return jdbc.sql("select monthly_due_day, lock_after_days from progress_setting where plan_id = ? and commune_id = ?")
                .params(planId, communeId)
                .query((rs, n) -> new ProgressSettings.PlanRules(rs.getInt(1), rs.getInt(2), true)).optional();
    }

    void saveRules(long communeId, long planId, int monthlyDueDay, int lockAfterDays) {
        jdbc.sql("""
                        insert into progress_setting (plan_id, commune_id, monthly_due_day, lock_after_days) values (?, ?, ?, ?)
                        on conflict (plan_id) do update set monthly_due_day = excluded.monthly_due_day,
                                                            lock_after_days = excluded.lock_after_days""")
                .params(planId, communeId, monthlyDueDay, lockAfterDays).update();
    }

    record Window(String periodCode, boolean adHoc, String title, LocalDate startsOn, LocalDate dueOn, LocalDate locksOn) {
    }

    List<Window> windows(long communeId, long planId) {
        return jdbc.sql("""
                        select period_code, ad_hoc, title, starts_on, due_on, locks_on from report_window
                        where plan_id = ? and commune_id = ? order by id""")
                .params(planId, communeId)
                .query((rs, n) -> new Window(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    void setWindow(long communeId, long planId, String periodCode, LocalDate due, LocalDate locks, long userId) {
        jdbc.sql("""
                        insert into report_window (plan_id, commune_id, period_code, due_on, locks_on, requested_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (plan_id, period_code) do update set due_on = excluded.due_on, locks_on = excluded.locks_on""")
                .params(planId, communeId, periodCode, due, locks, userId).update();
    }

    /** An ad-hoc report request; its period code is "DX" and a number, unique within the plan. */
    String insertAdHoc(long communeId, long planId, String title, LocalDate startsOn, LocalDate due, LocalDate locks,
                       long userId) {
        int n = jdbc.sql("select count(*) from report_window where plan_id = ? and ad_hoc").param(planId)
                .query(Integer.class).single() + 1;
        String code = "DX" + n;
        jdbc.sql("""
                        insert into report_window (plan_id, commune_id, period_code, ad_hoc, title, starts_on, due_on,
                                                   locks_on, requested_by)
                        values (?, ?, ?, true, ?, ?, ?, ?, ?)""")
                .params(planId, communeId, code, title, startsOn, due, locks, userId).update();
        return code;
    }

    // ---- reports

    record ReportRow(long id, long communeId, long planId, long unitId, String periodCode, ReportState state,
                     int version, int submissions, Instant firstSubmittedAt, LocalDate reopenedUntil, Instant updatedAt) {

        /** The Vietnamese date of the first submission, or null when never submitted. */
        public LocalDate firstSubmittedOn() {
            return firstSubmittedAt == null ? null : firstSubmittedAt.atZone(vn.cchc.shared.VietnamTime.ZONE).toLocalDate();
        }
    }

    private static final String REPORT = """
            select id, commune_id, plan_id, unit_id, period_code, state, version, submissions, first_submitted_at,
                   reopened_until, updated_at from unit_report
            """;

    Optional<ReportRow> report(long communeId, long id) {
        return jdbc.sql(REPORT + " where id = ? and commune_id = ?").params(id, communeId)
                .query(ProgressRepository::report).optional();
    }

    Optional<ReportRow> report(long communeId, long planId, long unitId, String periodCode) {
        return jdbc.sql(REPORT + " where commune_id = ? and plan_id = ? and unit_id = ? and period_code = ?")
                .params(communeId, planId, unitId, periodCode).query(ProgressRepository::report).optional();
    }

    List<ReportRow> reports(long communeId, long planId) {
        return jdbc.sql(REPORT + " where commune_id = ? and plan_id = ? order by period_code, unit_id")
                .params(communeId, planId).query(ProgressRepository::report).list();
    }

    List<ReportRow> reportsOfUnit(long communeId, long unitId) {
        return jdbc.sql(REPORT + " where commune_id = ? and unit_id = ? order by updated_at desc")
                .params(communeId, unitId).query(ProgressRepository::report).list();
    }

    /** Creates the report if it does not exist yet (two clicks at once create one). */
    long ensureReport(long communeId, long planId, long unitId, String periodCode) {
        jdbc.sql("""
                        insert into unit_report (commune_id, plan_id, unit_id, period_code) values (?, ?, ?, ?)
                        on conflict (plan_id, unit_id, period_code) do nothing""")
                .params(communeId, planId, unitId, periodCode).update();
        return report(communeId, planId, unitId, periodCode).orElseThrow().id();
    }

    /** Moves the report to a new state if nobody changed it since {@code expectedVersion}; false otherwise. */
    boolean transition(long communeId, long id, int expectedVersion, ReportState from1, ReportState from2,
                       ReportState to, Instant at, boolean submission) {
        return jdbc.sql("""
                        update unit_report set state = :to, version = version + 1, updated_at = :at,
                               submissions = submissions + case when :submission then 1 else 0 end,
                               first_submitted_at = case when :submission then coalesce(first_submitted_at, :at)
                                                         else first_submitted_at end
                        where id = :id and commune_id = :commune and version = :expected and state in (:from1, :from2)""")
                .param("to", to.name()).param("at", utc(at)).param("submission", submission).param("id", id)
                .param("commune", communeId).param("expected", expectedVersion).param("from1", from1.name())
                .param("from2", from2.name()).update() == 1;
    }

    /** Demo data only: an accepted report whose submissions were written with their historical times. */
    void markDemoAccepted(long communeId, long id, Instant submittedAt) {
        jdbc.sql("""
                        update unit_report set state = 'ACCEPTED', submissions = (select count(*) from report_version
                               where report_id = ?), first_submitted_at = (select min(submitted_at) from report_version
                               where report_id = ?), updated_at = ? where id = ? and commune_id = ?""")
                .params(id, id, utc(submittedAt), id, communeId).update();
    }

    void touch(long communeId, long id, Instant at) {
        jdbc.sql("update unit_report set version = version + 1, updated_at = ? where id = ? and commune_id = ?")
                .params(utc(at), id, communeId).update();
    }

    void reopen(long communeId, long id, LocalDate until, Instant at) {
        jdbc.sql("""
                        update unit_report set reopened_until = ?, version = version + 1, updated_at = ?,
                               state = case when state = 'ACCEPTED' then 'RETURNED' else state end
                        where id = ? and commune_id = ?""")
                .params(until, utc(at), id, communeId).update();
    }

    // ---- submitted versions

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

    // ---- statements about occurrences

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
                        order by vi.task_id, r.unit_id, vi.occurrence_due, v.decided_at desc""")
                .params(planId, communeId, leadOnly).query(ProgressRepository::statement).list();
    }

    /** The unit's most recent working statement per occurrence in its other reports of the plan (to prefill). */
    List<Statement> latestStatements(long communeId, long planId, long unitId, long exceptReportId) {
        return jdbc.sql("""
                        select distinct on (i.task_id, i.occurrence_due)
                               i.task_id, r.unit_id, i.role, i.occurrence_due, i.status, i.percent, i.quantity,
                               i.narrative, i.reason, i.completed_on
                        from unit_report_item i join unit_report r on r.id = i.report_id
                        where r.plan_id = ? and r.commune_id = ? and r.unit_id = ? and r.id <> ?
                        order by i.task_id, i.occurrence_due, r.updated_at desc""")
                .params(planId, communeId, unitId, exceptReportId).query(ProgressRepository::statement).list();
    }

    private static Statement statement(ResultSet rs, int n) throws SQLException {
        return new Statement(rs.getLong("task_id"), rs.getLong("unit_id"),
                ObligationRole.valueOf(rs.getString("role")), rs.getObject("occurrence_due", LocalDate.class),
                ItemStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("percent"),
                rs.getBigDecimal("quantity"), rs.getString("narrative"), rs.getString("reason"),
                rs.getObject("completed_on", LocalDate.class));
    }

    private static ReportRow report(ResultSet rs, int n) throws SQLException {
        return new ReportRow(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("plan_id"), rs.getLong("unit_id"),
                rs.getString("period_code"), ReportState.valueOf(rs.getString("state")), rs.getInt("version"),
                rs.getInt("submissions"), instant(rs, "first_submitted_at"),
                rs.getObject("reopened_until", LocalDate.class), instant(rs, "updated_at"));
    }
}
