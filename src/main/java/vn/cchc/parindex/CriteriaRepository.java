package vn.cchc.parindex;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.CleanText;
import vn.cchc.shared.Timestamps;

/** Criteria sets and their nodes, always filtered by province. */
@Repository
class CriteriaRepository {

    private final JdbcClient jdbc;

    CriteriaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CriteriaSet> sets(long provinceId) {
        return jdbc.sql("select * from criteria_set where province_id = ? order by year desc, code, version desc")
                .param(provinceId).query(CriteriaRepository::set).list();
    }

    Optional<CriteriaSet> set(long provinceId, long id) {
        return jdbc.sql("select * from criteria_set where id = ? and province_id = ?").params(id, provinceId)
                .query(CriteriaRepository::set).optional();
    }

    Optional<CriteriaSet> active(long provinceId, int year) {
        return jdbc.sql("select * from criteria_set where province_id = ? and year = ? and status = 'ACTIVE'")
                .params(provinceId, year).query(CriteriaRepository::set).optional();
    }

    int nextVersion(long provinceId, String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from criteria_set where province_id = ? and code = ?")
                .params(provinceId, code).query(Integer.class).single();
    }

    /** Stores a validated draft: the set, then its nodes parents first (the draft's order may not be). */
    long insert(long provinceId, CriteriaDraft d, int version, BigDecimal surveyPoints, long userId, Instant at) {
        long setId = jdbc.sql("""
                        insert into criteria_set (province_id, code, version, title, year, survey_points, grading,
                            half_deadline, year_deadline, example, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(provinceId, d.code().trim(), version, CleanText.clean(d.title()).trim(), d.year(), surveyPoints,
                        d.grading() == null ? "A:90;B:80;C:0" : d.grading().trim(),
                        d.halfDeadline() == null ? "21/06" : d.halfDeadline(),
                        d.yearDeadline() == null ? "01/12" : d.yearDeadline(), d.example(), Timestamps.utc(at), userId)
                .query(Long.class).single();
        Map<String, Long> ids = new HashMap<>();
        List<CriteriaDraft.Node> pending = new java.util.ArrayList<>(d.criteria());
        int ordinal = 0;
        while (!pending.isEmpty()) {
            for (java.util.Iterator<CriteriaDraft.Node> it = pending.iterator(); it.hasNext(); ) {
                CriteriaDraft.Node n = it.next();
                String parent = CriteriaValidator.blankToNull(n.parent());
                if (parent != null && !ids.containsKey(parent)) {
                    continue;
                }
                String method = CriteriaValidator.blankToNull(n.method());
                long id = jdbc.sql("""
                                insert into criteria_node (set_id, parent_id, code, title, max_points, evidence_required,
                                    unit_kind, method, method_rule, ordinal)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(setId, parent == null ? null : ids.get(parent), n.code().trim(),
                                CleanText.clean(n.title()).trim(), n.maxPoints(),
                                CriteriaValidator.blankToNull(CleanText.clean(n.evidence())),
                                CriteriaValidator.blankToNull(n.unit()), method == null ? null : method.toUpperCase(),
                                CriteriaValidator.blankToNull(n.rule()), ordinal++)
                        .query(Long.class).single();
                ids.put(n.code().trim(), id);
                it.remove();
            }
        }
        return setId;
    }

    List<CriteriaNode> nodes(long setId) {
        return jdbc.sql("select * from criteria_node where set_id = ? order by ordinal").param(setId)
                .query(CriteriaRepository::node).list();
    }

    void updateNode(long setId, long nodeId, String title, BigDecimal max, String evidence, String unitKind,
                    String rule) {
        jdbc.sql("""
                        update criteria_node set title = ?, max_points = ?, evidence_required = ?, unit_kind = ?,
                            method_rule = ?
                        where id = ? and set_id = ?""")
                .params(title, max, evidence, unitKind, rule, nodeId, setId).update();
    }

    void setStatus(long provinceId, long setId, CriteriaSet.SetStatus status) {
        jdbc.sql("update criteria_set set status = ? where id = ? and province_id = ?")
                .params(status.name(), setId, provinceId).update();
    }

    void retireActive(long provinceId, int year) {
        jdbc.sql("update criteria_set set status = 'RETIRED' where province_id = ? and year = ? and status = 'ACTIVE'")
                .params(provinceId, year).update();
    }

    boolean inUse(long setId) {
        return jdbc.sql("select exists (select 1 from assessment where set_id = ?)").param(setId)
                .query(Boolean.class).single();
    }

    void delete(long provinceId, long setId) {
        jdbc.sql("delete from criteria_set where id = ? and province_id = ? and status = 'DRAFT'")
                .params(setId, provinceId).update();
    }

    static CriteriaSet set(ResultSet rs, int row) throws SQLException {
        return new CriteriaSet(rs.getLong("id"), rs.getLong("province_id"), rs.getString("code"), rs.getInt("version"),
                rs.getString("title"), rs.getInt("year"), rs.getBigDecimal("survey_points"), rs.getString("grading"),
                rs.getString("half_deadline"), rs.getString("year_deadline"), rs.getBoolean("example"),
                CriteriaSet.SetStatus.valueOf(rs.getString("status")), Timestamps.instant(rs, "created_at"));
    }

    static CriteriaNode node(ResultSet rs, int row) throws SQLException {
        String method = rs.getString("method");
        return new CriteriaNode(rs.getLong("id"), rs.getLong("set_id"), (Long) rs.getObject("parent_id"),
                rs.getString("code"), rs.getString("title"), rs.getBigDecimal("max_points"),
                rs.getString("evidence_required"), rs.getString("unit_kind"),
                method == null ? null : ScoringMethod.valueOf(method), rs.getString("method_rule"), rs.getInt("ordinal"));
    }
}
