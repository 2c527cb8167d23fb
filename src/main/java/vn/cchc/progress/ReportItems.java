package vn.cchc.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The working lines of reports (one per task occurrence a unit answers for) and their evidence, by commune. */
@Repository
class ReportItems {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReportItems(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record ItemRow(long id, long reportId, long taskId, LocalDate occurrenceDue, ObligationRole role, ItemStatus status,
                   Integer percent, BigDecimal quantity, String narrative, String reason, LocalDate completedOn,
                   int version, boolean touched) {

        /** Nothing stated by the unit since the line was created or prefilled ({@link UntouchedLines}). */
        public boolean untouched() {
            return !touched;
        }
    }

    List<ItemRow> items(long communeId, long reportId) {
        return jdbc.sql("""
                        select * from unit_report_item where report_id = ? and commune_id = ?
                        order by id""")
                .params(reportId, communeId).query(ReportItems::item).list();
    }

    /** A line to add to a report, prefilled from an earlier statement when there is one. */
    record NewLine(long taskId, LocalDate occurrenceDue, ObligationRole role, StatementRepository.Statement prefill) {
    }

    /** Adds the lines a report lacks, in one batch; lines already there are left as they are. */
    void insertLines(long communeId, long reportId, List<NewLine> lines) {
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (NewLine l : lines) {
            StatementRepository.Statement p = l.prefill();
            rows.add(new Object[] {reportId, communeId, l.taskId(), l.occurrenceDue(), l.role().name(),
                    p == null ? ItemStatus.NOT_STARTED.name() : p.status().name(), p == null ? null : p.percent(),
                    p == null ? null : p.quantity(), p == null ? null : p.narrative(), p == null ? null : p.reason(),
                    p == null ? null : p.completedOn()});
        }
        batch.batchUpdate("""
                insert into unit_report_item (report_id, commune_id, task_id, occurrence_due, role, status,
                                              percent, quantity, narrative, reason, completed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (report_id, task_id, occurrence_due, commune_id) do nothing""", rows);
    }

    /** Saves an item if nobody saved it since {@code expectedVersion}; false when someone did. */
    boolean updateItem(long communeId, long id, int expectedVersion, ItemStatus status, Integer percent,
                       BigDecimal quantity, String narrative, String reason, LocalDate completedOn) {
        return jdbc.sql("""
                        update unit_report_item set status = ?, percent = ?, quantity = ?, narrative = ?, reason = ?,
                               completed_on = ?, version = version + 1, touched = true
                        where id = ? and commune_id = ? and version = ?""")
                .params(status.name(), percent, quantity, narrative, reason, completedOn, id, communeId,
                        expectedVersion).update() == 1;
    }

    /**
     * Fills a line's empty narrative and reason with text copied from an earlier report; typed text is never
     * replaced. The line stays untouched (copied, not stated). False when someone saved it since
     * {@code expectedVersion}.
     */
    boolean fillEmptyText(long communeId, long id, int expectedVersion, String narrative, String reason) {
        return jdbc.sql("""
                        update unit_report_item set narrative = coalesce(narrative, ?), reason = coalesce(reason, ?),
                               version = version + 1
                        where id = ? and commune_id = ? and version = ?""")
                .params(narrative, reason, id, communeId, expectedVersion).update() == 1;
    }

    Map<Long, List<Long>> itemEvidence(long communeId, Collection<Long> itemIds) {
        Map<Long, List<Long>> result = new HashMap<>();
        if (itemIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select item_id, document_id from unit_report_item_evidence
                        where commune_id = :commune and item_id in (:ids) order by document_id""")
                .param("commune", communeId).param("ids", itemIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }

    void attach(long communeId, long itemId, long documentId) {
        jdbc.sql("""
                        insert into unit_report_item_evidence (item_id, document_id, commune_id) values (?, ?, ?)
                        on conflict do nothing""").params(itemId, documentId, communeId).update();
    }

    void detach(long communeId, long itemId, long documentId) {
        jdbc.sql("delete from unit_report_item_evidence where item_id = ? and document_id = ? and commune_id = ?")
                .params(itemId, documentId, communeId).update();
    }

    /** Which of these lines exist in any report of any commune (to tell a line deleted meanwhile from a wrong id). */
    List<Long> existing(Collection<Long> itemIds) {
        return jdbc.sql("select id from unit_report_item where id in (:ids)").param("ids", itemIds)
                .query(Long.class).list();
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        return new ItemRow(rs.getLong("id"), rs.getLong("report_id"), rs.getLong("task_id"),
                rs.getObject("occurrence_due", LocalDate.class), ObligationRole.valueOf(rs.getString("role")),
                ItemStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("percent"),
                rs.getBigDecimal("quantity"), rs.getString("narrative"), rs.getString("reason"),
                rs.getObject("completed_on", LocalDate.class), rs.getInt("version"), rs.getBoolean("touched"));
    }
}
