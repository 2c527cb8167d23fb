package vn.cchc.parindex;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;

/** Assessments, their items, evidence links, snapshots, audit and criterion links, always filtered by commune. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long communeId, long setId, String periodCode, LocalDate deadline) {
        return jdbc.sql("insert into assessment (commune_id, set_id, period_code, deadline) values (?, ?, ?, ?) returning id")
                .params(communeId, setId, periodCode, deadline).query(Long.class).single();
    }

    void insertItem(long assessmentId, long communeId, long nodeId, long unitId, AssessmentItem.State state) {
        jdbc.sql("insert into assessment_item (assessment_id, commune_id, node_id, unit_id, state) values (?, ?, ?, ?, ?)")
                .params(assessmentId, communeId, nodeId, unitId, state.name()).update();
    }

    Optional<Assessment> find(long communeId, long id) {
        return jdbc.sql("select * from assessment where id = ? and commune_id = ?").params(id, communeId)
                .query(AssessmentRepository::assessment).optional();
    }

    /** The assessment's commune, whoever asks; callers check the asker may see that commune. */
    Optional<Long> communeOf(long id) {
        return jdbc.sql("select commune_id from assessment where id = ?").param(id).query(Long.class).optional();
    }

    Optional<Long> communeOfItem(long itemId) {
        return jdbc.sql("select commune_id from assessment_item where id = ?").param(itemId).query(Long.class).optional();
    }

    List<Assessment> ofCommune(long communeId) {
        return jdbc.sql("select * from assessment where commune_id = ? order by period_code desc").param(communeId)
                .query(AssessmentRepository::assessment).list();
    }

    /** The units that answer for at least one criterion of the assessment. */
    Set<Long> unitsOf(long communeId, long assessmentId) {
        return new java.util.TreeSet<>(jdbc.sql(
                        "select distinct unit_id from assessment_item where assessment_id = ? and commune_id = ?")
                .params(assessmentId, communeId).query(Long.class).list());
    }

    Optional<Assessment> ofPeriod(long communeId, String periodCode) {
        return jdbc.sql("select * from assessment where commune_id = ? and period_code = ?").params(communeId, periodCode)
                .query(AssessmentRepository::assessment).optional();
    }

    /** Every assessment of the given communes (a province's, from org's directory) for a period, by commune. */
    Map<Long, Assessment> ofCommunes(Collection<Long> communeIds, String periodCode) {
        Map<Long, Assessment> out = new HashMap<>();
        jdbc.sql("select * from assessment where commune_id = any (?) and period_code = ?")
                .params(communeIds.toArray(Long[]::new), periodCode).query(AssessmentRepository::assessment).list()
                .forEach(a -> out.put(a.communeId(), a));
        return out;
    }

    /** Moves the assessment on if nobody else did meanwhile (optimistic lock on its version). */
    boolean changeStatus(long communeId, long id, int version, Assessment.Status status) {
        return jdbc.sql("""
                        update assessment set status = ?, version = version + 1
                        where id = ? and commune_id = ? and version = ?""")
                .params(status.name(), id, communeId, version).update() == 1;
    }

    void markSubmitted(long communeId, long id, long approvedBy, Instant at) {
        jdbc.sql("update assessment set approved_by = ?, submitted_at = ? where id = ? and commune_id = ?")
                .params(approvedBy, Timestamps.utc(at), id, communeId).update();
    }

    void markExplaining(long communeId, long id, LocalDate due) {
        jdbc.sql("update assessment set explain_due = ? where id = ? and commune_id = ?").params(due, id, communeId).update();
    }

    void markFinal(long communeId, long id, long userId, Instant at) {
        jdbc.sql("update assessment set finalised_by = ?, finalised_at = ? where id = ? and commune_id = ?")
                .params(userId, Timestamps.utc(at), id, communeId).update();
    }

    List<AssessmentItem> items(long communeId, long assessmentId) {
        return jdbc.sql("select * from assessment_item where assessment_id = ? and commune_id = ? order by id")
                .params(assessmentId, communeId).query(AssessmentRepository::item).list();
    }

    /** Items of many assessments at once (province ranking), by assessment. */
    Map<Long, List<AssessmentItem>> items(Collection<Long> assessmentIds) {
        Map<Long, List<AssessmentItem>> out = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select * from assessment_item where assessment_id = any (?)")
                .param(assessmentIds.toArray(Long[]::new)).query(AssessmentRepository::item).list()
                .forEach(i -> out.computeIfAbsent(i.assessmentId(), k -> new java.util.ArrayList<>()).add(i));
        return out;
    }

    Optional<AssessmentItem> item(long communeId, long itemId) {
        return jdbc.sql("select * from assessment_item where id = ? and commune_id = ?").params(itemId, communeId)
                .query(AssessmentRepository::item).optional();
    }

    boolean saveProposal(long communeId, AssessmentItem item, int expectedVersion) {
        return jdbc.sql("""
                        update assessment_item set self_points = ?, count_value = ?, computed_points = ?,
                            computed_figure = ?, override_reason = ?, comment = ?, version = version + 1
                        where id = ? and commune_id = ? and version = ?""")
                .params(item.selfPoints(), item.countValue(), item.computedPoints(), item.computedFigure(),
                        item.overrideReason(), item.comment(), item.id(), communeId, expectedVersion)
                .update() == 1;
    }

    boolean changeState(long communeId, long itemId, int expectedVersion, AssessmentItem.State state,
                        String reviewComment) {
        return jdbc.sql("""
                        update assessment_item set state = ?, review_comment = ?, version = version + 1
                        where id = ? and commune_id = ? and version = ?""")
                .params(state.name(), reviewComment, itemId, communeId, expectedVersion).update() == 1;
    }

    void reassign(long communeId, long itemId, long unitId) {
        jdbc.sql("update assessment_item set unit_id = ?, version = version + 1 where id = ? and commune_id = ?")
                .params(unitId, itemId, communeId).update();
    }

    boolean appraise(long communeId, long itemId, int expectedVersion, BigDecimal points, String comment,
                     String explanationRequest) {
        return jdbc.sql("""
                        update assessment_item set appraised_points = ?, appraisal_comment = ?, explanation_request = ?,
                            version = version + 1
                        where id = ? and commune_id = ? and version = ?""")
                .params(points, comment, explanationRequest, itemId, communeId, expectedVersion).update() == 1;
    }

    void explain(long communeId, long itemId, String explanation) {
        jdbc.sql("update assessment_item set explanation = ?, version = version + 1 where id = ? and commune_id = ?")
                .params(explanation, itemId, communeId).update();
    }

    void attach(long communeId, long itemId, long documentId) {
        jdbc.sql("""
                        insert into assessment_item_evidence (item_id, commune_id, document_id) values (?, ?, ?)
                        on conflict do nothing""")
                .params(itemId, communeId, documentId).update();
    }

    void detach(long communeId, long itemId, long documentId) {
        jdbc.sql("delete from assessment_item_evidence where item_id = ? and commune_id = ? and document_id = ?")
                .params(itemId, communeId, documentId).update();
    }

    /** Evidence document ids per item of an assessment. */
    Map<Long, List<Long>> evidence(long communeId, long assessmentId) {
        Map<Long, List<Long>> out = new HashMap<>();
        jdbc.sql("""
                        select e.item_id, e.document_id from assessment_item_evidence e
                        join assessment_item i on i.id = e.item_id
                        where i.assessment_id = ? and e.commune_id = ? order by e.document_id""")
                .params(assessmentId, communeId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return out;
    }

    void audit(long communeId, long assessmentId, long itemId, String kind, BigDecimal oldPoints, BigDecimal newPoints,
               String reason, long userId, Instant at) {
        jdbc.sql("""
                        insert into score_audit (commune_id, assessment_id, item_id, kind, old_points, new_points, reason,
                            changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communeId, assessmentId, itemId, kind, oldPoints, newPoints, reason, userId, Timestamps.utc(at))
                .update();
    }

    List<ScoreChange> auditTrail(long communeId, long assessmentId) {
        // Read model: who changed each score, in the trail's one query (org's directory has no user lookup by id).
        return jdbc.sql("""
                        select s.*, n.code, u.full_name from score_audit s
                        join assessment_item i on i.id = s.item_id join criteria_node n on n.id = i.node_id
                        join app_user u on u.id = s.changed_by
                        where s.assessment_id = ? and s.commune_id = ? order by s.changed_at, s.id""")
                .params(assessmentId, communeId)
                .query((rs, n) -> new ScoreChange(rs.getString("code"), rs.getString("kind"),
                        rs.getBigDecimal("old_points"), rs.getBigDecimal("new_points"), rs.getString("reason"),
                        rs.getString("full_name"), Timestamps.instant(rs, "changed_at")))
                .list();
    }

    void insertSnapshot(long communeId, long assessmentId, int versionNo, long userId, Instant at, BigDecimal selfTotal,
                        String json) {
        jdbc.sql("""
                        insert into assessment_snapshot (assessment_id, commune_id, version_no, submitted_at, submitted_by,
                            self_total, content)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(assessmentId, communeId, versionNo, Timestamps.utc(at), userId, selfTotal, json).update();
    }

    List<Snapshot> snapshots(long communeId, long assessmentId) {
        // Read model: the submitter's name with each snapshot (org's directory has no user lookup by id).
        return jdbc.sql("""
                        select s.*, u.full_name from assessment_snapshot s join app_user u on u.id = s.submitted_by
                        where s.assessment_id = ? and s.commune_id = ? order by s.version_no""")
                .params(assessmentId, communeId)
                .query((rs, n) -> new Snapshot(rs.getInt("version_no"), Timestamps.instant(rs, "submitted_at"),
                        rs.getString("full_name"), rs.getBigDecimal("self_total"), rs.getString("content")))
                .list();
    }

    /** Task and target ids linked to each criterion code in the commune. */
    Links links(long communeId) {
        Map<String, List<Long>> tasks = new HashMap<>();
        Map<String, List<Long>> targets = new HashMap<>();
        jdbc.sql("select criterion_code, task_id, target_id from criterion_link where commune_id = ?").param(communeId)
                .query(rs -> {
                    long task = rs.getLong(2);
                    if (!rs.wasNull()) {
                        tasks.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(task);
                    } else {
                        targets.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getLong(3));
                    }
                });
        return new Links(tasks, targets);
    }

    void replaceLinks(long communeId, String criterionCode, Collection<Long> taskIds, Collection<Long> targetIds) {
        jdbc.sql("delete from criterion_link where commune_id = ? and criterion_code = ?").params(communeId, criterionCode)
                .update();
        for (Long task : taskIds) {
            jdbc.sql("insert into criterion_link (commune_id, criterion_code, task_id) values (?, ?, ?)")
                    .params(communeId, criterionCode, task).update();
        }
        for (Long target : targetIds) {
            jdbc.sql("insert into criterion_link (commune_id, criterion_code, target_id) values (?, ?, ?)")
                    .params(communeId, criterionCode, target).update();
        }
    }

    record Links(Map<String, List<Long>> tasks, Map<String, List<Long>> targets) {
        List<Long> tasksOf(String code) {
            return tasks.getOrDefault(code, List.of());
        }

        List<Long> targetsOf(String code) {
            return targets.getOrDefault(code, List.of());
        }
    }

    static Assessment assessment(ResultSet rs, int row) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("set_id"), rs.getString("period_code"),
                rs.getObject("deadline", LocalDate.class), Assessment.Status.valueOf(rs.getString("status")),
                rs.getObject("explain_due", LocalDate.class), Timestamps.instant(rs, "submitted_at"),
                Timestamps.instant(rs, "finalised_at"), rs.getInt("version"));
    }

    private static AssessmentItem item(ResultSet rs, int row) throws SQLException {
        return new AssessmentItem(rs.getLong("id"), rs.getLong("assessment_id"), rs.getLong("commune_id"),
                rs.getLong("node_id"), rs.getLong("unit_id"), AssessmentItem.State.valueOf(rs.getString("state")),
                rs.getBigDecimal("self_points"), (Integer) rs.getObject("count_value"), rs.getBigDecimal("computed_points"),
                rs.getBigDecimal("computed_figure"), rs.getString("override_reason"), rs.getString("comment"),
                rs.getString("review_comment"), rs.getBigDecimal("appraised_points"), rs.getString("appraisal_comment"),
                rs.getString("explanation_request"), rs.getString("explanation"), rs.getInt("version"));
    }
}
