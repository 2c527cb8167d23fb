package vn.cchc.documents;

import static vn.cchc.shared.Timestamps.instant;
import static vn.cchc.shared.Timestamps.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Periodic reports: the header row, the append-only section versions and the frozen submissions. */
@Repository
class PeriodicReportRepository {

    record Head(long id, long communeId, long planId, PeriodicKey key, int year, String status, int version,
                Integer number, LocalDate date, SigningBlock.Authority authority, String signerName,
                String recipients) {
    }

    record SectionVersion(String key, int versionNo, String body, boolean drafted, String savedBy, Instant savedAt) {
    }

    record Submission(long id, long reportId, int versionNo, String sha256, String submittedBy, Instant submittedAt) {
    }

    /** A submission as the province lists it. */
    record Submitted(long planId, PeriodicKey key, int year, String commune, int versionNo, String submittedBy,
                     Instant submittedAt, String sha256) {
    }

    private final JdbcClient jdbc;

    PeriodicReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Head> head(long communeId, long planId, PeriodicKey key) {
        return jdbc.sql("select * from periodic_report where commune_id = ? and plan_id = ? and report_type = ?")
                .params(communeId, planId, key.code())
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("plan_id"),
                        PeriodicKey.parse(rs.getString("report_type")), rs.getInt("report_year"),
                        rs.getString("status"), rs.getInt("version"), (Integer) rs.getObject("number"),
                        rs.getObject("report_date", LocalDate.class),
                        SigningBlock.Authority.valueOf(rs.getString("authority")), rs.getString("signer_name"),
                        rs.getString("recipients")))
                .optional();
    }

    /** The report of a plan of one of the given communes (a province's, which reads what its communes submitted). */
    Optional<Head> headIn(Collection<Long> communeIds, long planId, PeriodicKey key) {
        return jdbc.sql("""
                        select commune_id from periodic_report
                        where commune_id = any(?) and plan_id = ? and report_type = ?""")
                .params(communeIds.toArray(Long[]::new), planId, key.code()).query(Long.class).optional()
                .flatMap(communeId -> head(communeId, planId, key));
    }

    /** What the given communes submitted, newest first, each named from {@code communeNames}. */
    List<Submitted> submittedBy(Map<Long, String> communeNames) {
        return jdbc.sql("""
                        select r.plan_id, r.report_type, r.report_year, r.commune_id, s.version_no, u.full_name,
                               s.submitted_at, s.sha256
                        from periodic_report_submission s
                        join periodic_report r on r.id = s.report_id
                        join app_user u on u.id = s.submitted_by -- Read model: the submitter's name on each row
                        where r.commune_id = any(?) order by s.submitted_at desc, s.id desc""")
                .param(communeNames.keySet().toArray(Long[]::new))
                .query((rs, n) -> new Submitted(rs.getLong(1), PeriodicKey.parse(rs.getString(2)), rs.getInt(3),
                        communeNames.get(rs.getLong(4)), rs.getInt(5), rs.getString(6), instant(rs, 7),
                        rs.getString(8)))
                .list();
    }

    List<Head> heads(long communeId) {
        return jdbc.sql("select plan_id, report_type from periodic_report where commune_id = ?").param(communeId)
                .query((rs, n) -> head(communeId, rs.getLong(1), PeriodicKey.parse(rs.getString(2)))
                        .orElseThrow())
                .list();
    }

    long create(long communeId, long planId, PeriodicKey key, int year, Instant at) {
        return jdbc.sql("""
                        insert into periodic_report (commune_id, plan_id, report_type, report_year, authority,
                            signer_name, recipients, created_at)
                        values (?, ?, ?, ?, 'TM', '', '', ?) returning id""")
                .params(communeId, planId, key.code(), year, utc(at)).query(Long.class).single();
    }

    /** Moves the report to its next edit version only if nobody saved since {@code expected}; false when stale. */
    boolean update(Head h, int expected, String status) {
        return jdbc.sql("""
                        update periodic_report set version = version + 1, status = ?, number = ?, report_date = ?,
                            authority = ?, signer_name = ?, recipients = ?
                        where id = ? and commune_id = ? and version = ?""")
                .params(status, h.number(), h.date(), h.authority().name(), h.signerName(), h.recipients(),
                        h.id(), h.communeId(), expected)
                .update() == 1;
    }

    /** The latest version of each section. */
    Map<String, SectionVersion> current(long communeId, long reportId) {
        Map<String, SectionVersion> result = new LinkedHashMap<>();
        sections(communeId, reportId, true).forEach(s -> result.put(s.key(), s));
        return result;
    }

    /** Every version of every section, newest first. */
    List<SectionVersion> history(long communeId, long reportId) {
        return sections(communeId, reportId, false);
    }

    private List<SectionVersion> sections(long communeId, long reportId, boolean latestOnly) {
        return jdbc.sql("""
                        select %s s.section_key, s.version_no, s.body, s.drafted, u.full_name, s.saved_at
                        from periodic_report_section s
                        join app_user u on u.id = s.saved_by -- Read model: who saved each version
                        where s.report_id = ? and s.commune_id = ?
                        order by s.section_key, s.version_no desc""".formatted(
                        latestOnly ? "distinct on (s.section_key)" : ""))
                .params(reportId, communeId)
                .query((rs, n) -> new SectionVersion(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), instant(rs, 6)))
                .list();
    }

    void appendSection(long communeId, long reportId, String key, String body, boolean drafted, long userId,
                       Instant at) {
        jdbc.sql("""
                        insert into periodic_report_section (report_id, commune_id, section_key, version_no, body,
                            drafted, saved_by, saved_at)
                        values (?, ?, ?, coalesce((select max(version_no) from periodic_report_section
                                                   where report_id = ? and section_key = ?), 0) + 1, ?, ?, ?, ?)""")
                .params(reportId, communeId, key, reportId, key, body, drafted, userId, utc(at)).update();
    }

    void appendSubmission(long communeId, long reportId, byte[] docx, String sha256, String sectionsJson,
                          long userId, Instant at) {
        jdbc.sql("""
                        insert into periodic_report_submission (report_id, commune_id, version_no, docx, sha256,
                            sections, submitted_by, submitted_at)
                        values (?, ?, coalesce((select max(version_no) from periodic_report_submission
                                                where report_id = ?), 0) + 1, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(reportId, communeId, reportId, docx, sha256, sectionsJson, userId, utc(at)).update();
    }

    List<Submission> submissions(long communeId, long reportId) {
        return jdbc.sql("""
                        select s.id, s.report_id, s.version_no, s.sha256, u.full_name, s.submitted_at
                        from periodic_report_submission s
                        join app_user u on u.id = s.submitted_by -- Read model: who submitted each version
                        where s.report_id = ? and s.commune_id = ? order by s.version_no desc""")
                .params(reportId, communeId)
                .query((rs, n) -> new Submission(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), instant(rs, 6)))
                .list();
    }

    Optional<byte[]> submittedDocx(long communeId, long reportId, int versionNo) {
        return jdbc.sql("""
                        select docx from periodic_report_submission
                        where report_id = ? and commune_id = ? and version_no = ?""")
                .params(reportId, communeId, versionNo).query((rs, n) -> rs.getBytes(1)).optional();
    }
}
