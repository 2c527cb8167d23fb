package vn.cchc.dossier.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.dossier.ImportJob;
import vn.cchc.dossier.LedgerChange;
import vn.cchc.shared.Timestamps;

/**
 * Import job rows. Progress is written in its own short transaction, so the page polling it sees the numbers while
 * the import's own transaction is still open.
 */
@Repository
public class ImportJobs {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public long create(long communeId, String fileName, long size, String sha256, long userId) {
        return separate.execute(s -> jdbc.sql("""
                insert into dossier_import (commune_id, file_name, file_size, sha256, created_by)
                values (?, ?, ?, ?, ?) returning id""").params(communeId, fileName, size, sha256, userId)
                .query(Long.class).single());
    }

    void progress(long id, String phase, int percent, long rows) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                update dossier_import set state = 'RUNNING', phase = ?, progress = ?, rows_read = ? where id = ?""")
                .params(phase, Math.max(0, Math.min(100, percent)), (int) rows, id).update());
    }

    void done(long id, long rows, int inserted, int updated, Instant at) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                update dossier_import set state = 'DONE', phase = null, progress = 100, rows_read = ?, inserted = ?,
                    updated = ?, unchanged = ?, finished_at = ? where id = ?""")
                .params((int) rows, inserted, updated, (int) rows - inserted - updated, Timestamps.utc(at), id).update());
    }

    void rejected(long id, long rows, int errorCount, List<ImportJob.RowError> errors, String messageKey, Instant at) {
        StringBuilder text = new StringBuilder();
        for (ImportJob.RowError e : errors) {
            text.append(e.line()).append('\t').append(e.messageKey());
            for (String a : e.args()) {
                text.append('\t').append(a.replace('\t', ' ').replace('\n', ' '));
            }
            text.append('\n');
        }
        separate.executeWithoutResult(s -> jdbc.sql("""
                update dossier_import set state = 'REJECTED', phase = null, rows_read = ?, error_count = ?, errors = ?,
                    message = ?, finished_at = ? where id = ?""")
                .params((int) rows, errorCount, text.toString(), messageKey, Timestamps.utc(at), id).update());
    }

    void failed(long id, String messageKey, Instant at) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                update dossier_import set state = 'FAILED', phase = null, message = ?, finished_at = ? where id = ?""")
                .params(messageKey, Timestamps.utc(at), id).update());
    }

    /** The commune's last finished import, if any: the last change to its ledger. */
    public Optional<LedgerChange> lastDone(long communeId) {
        return jdbc.sql("""
                select id, finished_at from dossier_import where commune_id = ? and state = 'DONE'
                order by id desc limit 1""").param(communeId)
                .query((rs, n) -> new LedgerChange(rs.getLong("id"), rs.getTimestamp("finished_at").toInstant())).optional();
    }

    public Optional<ImportJob> find(long communeId, long id) {
        // Read model: the uploader's name with the job in one query (org's API has no lookup of a user's name).
        return jdbc.sql("""
                select i.*, u.full_name from dossier_import i join app_user u on u.id = i.created_by
                where i.commune_id = ? and i.id = ?""").params(communeId, id).query(ImportJobs::job).optional();
    }

    public List<ImportJob> recent(long communeId, int limit) {
        // Read model: uploaders' names for the recent jobs in one query, not one org lookup per job.
        return jdbc.sql("""
                select i.*, u.full_name from dossier_import i join app_user u on u.id = i.created_by
                where i.commune_id = ? order by i.created_at desc, i.id desc limit ?""").params(communeId, limit)
                .query(ImportJobs::job).list();
    }

    /**
     * Imports that failed or were refused since the commune's last successful one (a later success replaced what they
     * were meant to bring), newest first, at most {@code limit}.
     */
    public List<ImportJob> failedSinceLastSuccess(long communeId, int limit) {
        // Read model: uploaders' names, as in recent().
        return jdbc.sql("""
                select i.*, u.full_name from dossier_import i join app_user u on u.id = i.created_by
                where i.commune_id = :commune and i.state in ('FAILED', 'REJECTED')
                  and i.created_at > coalesce((select max(d.created_at) from dossier_import d
                                               where d.commune_id = :commune and d.state = 'DONE'), '-infinity')
                order by i.created_at desc, i.id desc limit :limit""").param("commune", communeId).param("limit", limit)
                .query(ImportJobs::job).list();
    }

    /** Jobs a stopped server left half-way: their transaction was rolled back, so they changed nothing. */
    public int abandonUnfinished(Instant at) {
        return jdbc.sql("""
                update dossier_import set state = 'FAILED', message = 'dossier.import.interrupted', finished_at = ?
                where state in ('QUEUED', 'RUNNING') and pg_try_advisory_xact_lock(72410002, commune_id::int)""")
                .param(Timestamps.utc(at)).update();
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        List<ImportJob.RowError> errors = new ArrayList<>();
        for (String line : rs.getString("errors").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\t", -1);
                errors.add(new ImportJob.RowError(Long.parseLong(parts[0]), parts[1],
                        Arrays.asList(parts).subList(2, parts.length)));
            }
        }
        return new ImportJob(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("file_name"), rs.getLong("file_size"),
                rs.getString("state"), rs.getString("phase"), rs.getInt("progress"), rs.getInt("rows_read"),
                rs.getInt("inserted"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("error_count"), errors,
                rs.getString("message"), rs.getString("full_name"), Timestamps.instant(rs, "created_at"),
                Timestamps.instant(rs, "finished_at"));
    }
}
