package vn.cchc.parindex;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The PAR workflow's dated work across every commune, for the daily reminders and the province's queue: assessments
 * by deadline or explanation deadline, criteria not yet sent per unit, and what awaits the appraiser. Callers scope
 * to a province through the commune ids they pass (the reminders run for everyone).
 */
@Repository
class DeadlineQueries {

    private final JdbcClient jdbc;

    DeadlineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Assessments the commune is still working on whose self-assessment deadline falls in the window. */
    List<Assessment> inProgressDue(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from assessment where status = 'IN_PROGRESS' and deadline between ? and ? order by id")
                .params(from, to).query(AssessmentRepository::assessment).list();
    }

    /** Assessments in their explanation round whose deadline falls in the window. */
    List<Assessment> explainingDue(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from assessment where status = 'EXPLAINING' and explain_due between ? and ? order by id")
                .params(from, to).query(AssessmentRepository::assessment).list();
    }

    record UnsentRow(long communeId, long unitId, long assessmentId, String periodCode, LocalDate deadline, int count) {
    }

    /** Per unit of an in-progress assessment due in the window: its criteria still open or returned (not sent). */
    List<UnsentRow> unsent(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select i.commune_id, i.unit_id, a.id, a.period_code, a.deadline, count(*) from assessment_item i
                        join assessment a on a.id = i.assessment_id and a.commune_id = i.commune_id
                        where a.status = 'IN_PROGRESS' and a.deadline between ? and ? and i.state in ('OPEN', 'RETURNED')
                        group by i.commune_id, i.unit_id, a.id, a.period_code, a.deadline
                        order by a.id, i.unit_id""")
                .params(from, to)
                .query((rs, n) -> new UnsentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getInt(6)))
                .list();
    }

    /** Every active criteria set of every province (their deadlines apply to communes that have not started). */
    List<CriteriaSet> activeSets() {
        return jdbc.sql("select * from criteria_set where status = 'ACTIVE' order by id")
                .query(CriteriaRepository::set).list();
    }

    /** Sent assessments of the communes (submitted or explaining), with the day the explanations were sent if any. */
    List<Sent> sent(List<Long> communeIds) {
        return jdbc.sql("""
                        select a.*, (select max(s.submitted_at) from assessment_snapshot s
                                     where s.assessment_id = a.id and s.version_no = 2) as explained_at
                        from assessment a
                        where a.commune_id = any (?) and a.status in ('SUBMITTED', 'EXPLAINING') order by a.id""")
                .param(communeIds.toArray(Long[]::new))
                .query((rs, n) -> new Sent(AssessmentRepository.assessment(rs, n),
                        vn.cchc.shared.Timestamps.instant(rs, "explained_at")))
                .list();
    }

    record Sent(Assessment assessment, java.time.Instant explainedAt) {
    }

    /** The codes of the periods any of the communes sent an assessment for. */
    List<String> sentPeriods(List<Long> communeIds) {
        return jdbc.sql("select distinct period_code from assessment where commune_id = any (?) and status <> 'IN_PROGRESS'")
                .param(communeIds.toArray(Long[]::new)).query(String.class).list();
    }
}
