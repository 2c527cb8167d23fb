package vn.cchc.registers.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the inspection plan, records and findings. Every statement is scoped to a commune. */
@Repository
class InspectionRepository {

    private static final String FINDING = """
            select f.*, r.inspected_on from inspection_finding f
            join inspection_record r on r.id = f.record_id and r.commune_id = f.commune_id""";

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanEntry> planEntries(long communeId, int year) {
        return jdbc.sql("""
                        select * from inspection_plan_entry where commune_id = ? and year = ?
                        order by coalesce(planned_month, extract(month from planned_on)::int), id""")
                .params(communeId, year).query(this::entry).list();
    }

    Optional<PlanEntry> planEntry(long communeId, long id) {
        return jdbc.sql("select * from inspection_plan_entry where commune_id = ? and id = ?")
                .params(communeId, id).query(this::entry).optional();
    }

    long addPlanEntry(PlanEntry e, long userId) {
        return jdbc.sql("""
                        insert into inspection_plan_entry (commune_id, year, unit_id, planned_month, planned_on,
                            inspectors, note, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, now(), ?) returning id""")
                .params(e.communeId(), e.year(), e.unitId(), e.plannedMonth(), e.plannedOn(), e.inspectors(),
                        e.note(), userId)
                .query(Long.class).single();
    }

    List<InspectionRecord> records(long communeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from inspection_record where commune_id = ? and inspected_on between ? and ?
                        order by inspected_on, id""")
                .params(communeId, from, to).query(this::record).list();
    }

    Optional<InspectionRecord> record(long communeId, long id) {
        return jdbc.sql("select * from inspection_record where commune_id = ? and id = ?")
                .params(communeId, id).query(this::record).optional();
    }

    long addRecord(InspectionRecord r, Collection<Long> documentIds, long userId) {
        long id = jdbc.sql("""
                        insert into inspection_record (commune_id, unit_id, plan_entry_id, inspected_on, inspectors,
                            conclusion, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, now(), ?) returning id""")
                .params(r.communeId(), r.unitId(), r.planEntryId(), r.inspectedOn(), r.inspectors(), r.conclusion(),
                        userId)
                .query(Long.class).single();
        for (long doc : documentIds) {
            jdbc.sql("insert into inspection_record_evidence (record_id, commune_id, document_id) values (?, ?, ?)")
                    .params(id, r.communeId(), doc).update();
        }
        return id;
    }

    List<Long> evidenceOf(long communeId, long recordId) {
        return jdbc.sql("""
                        select document_id from inspection_record_evidence where commune_id = ? and record_id = ?
                        order by document_id""")
                .params(communeId, recordId).query(Long.class).list();
    }

    List<Finding> findingsOf(long communeId, long recordId) {
        return jdbc.sql(FINDING + " where f.commune_id = ? and f.record_id = ? order by f.id")
                .params(communeId, recordId).query(this::finding).list();
    }

    List<Finding> findings(long communeId) {
        return jdbc.sql(FINDING + " where f.commune_id = ? order by f.id").param(communeId).query(this::finding).list();
    }

    List<Finding> dueBetween(long communeId, LocalDate from, LocalDate to) {
        return jdbc.sql(FINDING + " where f.commune_id = ? and f.due_on between ? and ? order by f.due_on, f.id")
                .params(communeId, from, to).query(this::finding).list();
    }

    Optional<Finding> finding(long communeId, long id) {
        return jdbc.sql(FINDING + " where f.commune_id = ? and f.id = ?")
                .params(communeId, id).query(this::finding).optional();
    }

    long addFinding(long communeId, long recordId, long unitId, String content, String phrase, LocalDate dueOn,
                    long userId) {
        return jdbc.sql("""
                        insert into inspection_finding (commune_id, record_id, unit_id, content, deadline_phrase,
                            due_on, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, 'OPEN', now(), ?) returning id""")
                .params(communeId, recordId, unitId, content, phrase, dueOn, userId)
                .query(Long.class).single();
    }

    void markFixed(long communeId, long id, LocalDate fixedOn, String note) {
        jdbc.sql("""
                        update inspection_finding set status = 'FIXED', fixed_on = ?, fix_note = ?
                        where commune_id = ? and id = ?""")
                .params(fixedOn, note, communeId, id).update();
    }

    void updatePlanEntry(PlanEntry e) {
        jdbc.sql("""
                        update inspection_plan_entry set unit_id = ?, planned_month = ?, planned_on = ?, inspectors = ?,
                            note = ?
                        where commune_id = ? and id = ?""")
                .params(e.unitId(), e.plannedMonth(), e.plannedOn(), e.inspectors(), e.note(), e.communeId(), e.id())
                .update();
    }

    /** How many inspections carry out a plan line (they are detached, not deleted, with it). */
    long recordsOfEntry(long communeId, long entryId) {
        return jdbc.sql("select count(*) from inspection_record where commune_id = ? and plan_entry_id = ?")
                .params(communeId, entryId).query(Long.class).single();
    }

    /** The plan line goes; the foreign key (on delete set null) detaches the inspections that carried it out. */
    void deletePlanEntry(long communeId, long id) {
        jdbc.sql("delete from inspection_plan_entry where commune_id = ? and id = ?").params(communeId, id).update();
    }

    void updateRecord(InspectionRecord r, Collection<Long> documentIds) {
        jdbc.sql("""
                        update inspection_record set unit_id = ?, inspected_on = ?, inspectors = ?, conclusion = ?
                        where commune_id = ? and id = ?""")
                .params(r.unitId(), r.inspectedOn(), r.inspectors(), r.conclusion(), r.communeId(), r.id()).update();
        jdbc.sql("delete from inspection_record_evidence where commune_id = ? and record_id = ?")
                .params(r.communeId(), r.id()).update();
        for (long doc : documentIds) {
            jdbc.sql("insert into inspection_record_evidence (record_id, commune_id, document_id) values (?, ?, ?)")
                    .params(r.id(), r.communeId(), doc).update();
        }
    }

    /** A record without findings, with its citations of evidence (the documents stay in the library). */
    void deleteRecord(long communeId, long id) {
        jdbc.sql("delete from inspection_record_evidence where commune_id = ? and record_id = ?")
                .params(communeId, id).update();
        jdbc.sql("delete from inspection_record where commune_id = ? and id = ?").params(communeId, id).update();
    }

    void updateFinding(long communeId, long id, long unitId, String content, String phrase, LocalDate dueOn) {
        jdbc.sql("""
                        update inspection_finding set unit_id = ?, content = ?, deadline_phrase = ?, due_on = ?
                        where commune_id = ? and id = ?""")
                .params(unitId, content, phrase, dueOn, communeId, id).update();
    }

    /** A finding's due date read again for its inspection's new day. */
    void updateDueOn(long communeId, long id, LocalDate dueOn) {
        jdbc.sql("update inspection_finding set due_on = ? where commune_id = ? and id = ?")
                .params(dueOn, communeId, id).update();
    }

    void deleteFinding(long communeId, long id) {
        jdbc.sql("delete from inspection_finding where commune_id = ? and id = ?").params(communeId, id).update();
    }

    /** Undo a wrongly recorded fix: open again, without its day and note. */
    void reopen(long communeId, long id) {
        jdbc.sql("""
                        update inspection_finding set status = 'OPEN', fixed_on = null, fix_note = null
                        where commune_id = ? and id = ?""")
                .params(communeId, id).update();
    }

    List<InspectionRates.Visit> visits(long communeId) {
        return jdbc.sql("select unit_id, inspected_on from inspection_record where commune_id = ?")
                .param(communeId)
                .query((rs, n) -> new InspectionRates.Visit(rs.getLong("unit_id"),
                        rs.getObject("inspected_on", LocalDate.class)))
                .list();
    }

    List<InspectionRates.Finding> remediations(long communeId) {
        return jdbc.sql("select due_on, fixed_on from inspection_finding where commune_id = ?")
                .param(communeId)
                .query((rs, n) -> new InspectionRates.Finding(rs.getObject("due_on", LocalDate.class),
                        rs.getObject("fixed_on", LocalDate.class)))
                .list();
    }

    private PlanEntry entry(ResultSet rs, int n) throws SQLException {
        return new PlanEntry(rs.getLong("id"), rs.getLong("commune_id"), rs.getInt("year"), rs.getLong("unit_id"),
                (Integer) rs.getObject("planned_month"), rs.getObject("planned_on", LocalDate.class),
                rs.getString("inspectors"), rs.getString("note"));
    }

    private InspectionRecord record(ResultSet rs, int n) throws SQLException {
        return new InspectionRecord(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("unit_id"),
                (Long) rs.getObject("plan_entry_id"), rs.getObject("inspected_on", LocalDate.class),
                rs.getString("inspectors"), rs.getString("conclusion"));
    }

    private Finding finding(ResultSet rs, int n) throws SQLException {
        return new Finding(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("record_id"), rs.getLong("unit_id"),
                rs.getString("content"), rs.getString("deadline_phrase"), rs.getObject("due_on", LocalDate.class),
                FindingStatus.valueOf(rs.getString("status")), rs.getObject("fixed_on", LocalDate.class),
                rs.getString("fix_note"), rs.getObject("inspected_on", LocalDate.class));
    }
}
