package vn.cchc.progress;

import static vn.cchc.shared.Timestamps.instant;
import static vn.cchc.shared.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unit reports (unit_report): their state, version and reopening; every query is filtered by commune. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
                .query(ReportRepository::report).optional();
    }

    Optional<ReportRow> report(long communeId, long planId, long unitId, String periodCode) {
        return jdbc.sql(REPORT + " where commune_id = ? and plan_id = ? and unit_id = ? and period_code = ?")
                .params(communeId, planId, unitId, periodCode).query(ReportRepository::report).optional();
    }

    List<ReportRow> reports(long communeId, long planId) {
        return jdbc.sql(REPORT + " where commune_id = ? and plan_id = ? order by period_code, unit_id")
                .params(communeId, planId).query(ReportRepository::report).list();
    }

    /** The commune's reports in one state, across its plans (what waits on a reviewer or on a unit). */
    List<ReportRow> inState(long communeId, ReportState state) {
        return jdbc.sql(REPORT + " where commune_id = ? and state = ? order by updated_at, id")
                .params(communeId, state.name()).query(ReportRepository::report).list();
    }

    /** Creates the report if it does not exist yet (two clicks at once create one). */
    long ensureReport(long communeId, long planId, long unitId, String periodCode) {
        jdbc.sql("""
                        insert into unit_report (commune_id, plan_id, unit_id, period_code) values (?, ?, ?, ?)
                        on conflict (plan_id, unit_id, period_code, commune_id) do nothing""")
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


    private static ReportRow report(ResultSet rs, int n) throws SQLException {
        return new ReportRow(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("plan_id"), rs.getLong("unit_id"),
                rs.getString("period_code"), ReportState.valueOf(rs.getString("state")), rs.getInt("version"),
                rs.getInt("submissions"), instant(rs, "first_submitted_at"),
                rs.getObject("reopened_until", LocalDate.class), instant(rs, "updated_at"));
    }
}
