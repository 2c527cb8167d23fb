package vn.cchc.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.calendar.PeriodType;
import vn.cchc.shared.SearchText;

/** SQL for plans, targets and tasks. Every statement is scoped to the caller's commune. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Cache<String, DeadlineRule> rules = Caffeine.newBuilder().maximumSize(10_000).build();

    PlanRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ReformArea> areas() {
        return jdbc.sql("select code, ordinal, name from reform_area order by ordinal")
                .query((rs, n) -> new ReformArea(rs.getString("code"), rs.getInt("ordinal"), rs.getString("name")))
                .list();
    }

    // --- plans ---

    List<Plan> plans(long communeId) {
        return jdbc.sql("select * from plan where commune_id = ? order by period_code desc, id desc")
                .param(communeId).query(PlanRepository::plan).list();
    }

    List<Plan> issuedPlans() {
        return jdbc.sql("select * from plan where status = 'ISSUED' order by commune_id, id").query(PlanRepository::plan).list();
    }

    Optional<Plan> plan(long communeId, long id) {
        return jdbc.sql("select * from plan where commune_id = ? and id = ?").params(communeId, id)
                .query(PlanRepository::plan).optional();
    }

    long insertPlan(long communeId, PlanForm f) {
        return jdbc.sql("""
                        insert into plan (commune_id, kind, title, period_code, reporting_cadence, decision_number,
                                          decision_date, signer, legal_bases)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, f.getKind().name(), f.getTitle().strip(), f.getPeriodCode(),
                        f.getReportingCadence().name(), blankToNull(f.getDecisionNumber()), f.getDecisionDate(),
                        blankToNull(f.getSigner()), blankToNull(f.getLegalBases()))
                .query(Long.class).single();
    }

    void updatePlan(long communeId, long id, PlanForm f) {
        jdbc.sql("""
                        update plan set kind = ?, title = ?, period_code = ?, reporting_cadence = ?, decision_number = ?,
                                        decision_date = ?, signer = ?, legal_bases = ?, updated_at = now()
                        where id = ? and commune_id = ?""")
                .params(f.getKind().name(), f.getTitle().strip(), f.getPeriodCode(), f.getReportingCadence().name(),
                        blankToNull(f.getDecisionNumber()), f.getDecisionDate(), blankToNull(f.getSigner()),
                        blankToNull(f.getLegalBases()), id, communeId)
                .update();
    }

    void setStatus(long communeId, long id, PlanStatus status) {
        jdbc.sql("update plan set status = ?, updated_at = now() where id = ? and commune_id = ?")
                .params(status.name(), id, communeId).update();
    }

    // --- targets ---

    List<Target> targets(long communeId, long planId) {
        return jdbc.sql("""
                        select t.* from plan_target t join reform_area a on a.code = t.area_code
                        where t.commune_id = ? and t.plan_id = ? order by a.ordinal, t.ordinal, t.id""")
                .params(communeId, planId).query(PlanRepository::target).list();
    }

    Optional<Target> target(long communeId, long id) {
        return jdbc.sql("select * from plan_target where commune_id = ? and id = ?").params(communeId, id)
                .query(PlanRepository::target).optional();
    }

    boolean targetCodeTaken(long planId, String code, Long exceptId) {
        return jdbc.sql("select count(*) from plan_target where plan_id = ? and lower(code) = lower(?) and id <> coalesce(?, -1)")
                .params(planId, code, exceptId).query(Integer.class).single() > 0;
    }

    long insertTarget(long communeId, long planId, TargetForm f, BigDecimal threshold) {
        return jdbc.sql("""
                        insert into plan_target (plan_id, commune_id, area_code, code, text, metric_kind, comparator,
                                                 threshold, responsible_unit_id, ordinal, search_text, indicator_code)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                                (select coalesce(max(ordinal), 0) + 1 from plan_target where plan_id = ?), ?, ?)
                        returning id""")
                .params(planId, communeId, f.getAreaCode(), f.getCode().strip(), f.getText().strip(),
                        f.getMetricKind().name(), f.getComparator().name(), threshold, f.getResponsibleUnitId(), planId,
                        SearchText.key(f.getCode() + " " + f.getText()), blankToNull(f.getIndicatorCode()))
                .query(Long.class).single();
    }

    void updateTarget(long communeId, long id, TargetForm f, BigDecimal threshold) {
        jdbc.sql("""
                        update plan_target set area_code = ?, code = ?, text = ?, metric_kind = ?, comparator = ?,
                                               threshold = ?, responsible_unit_id = ?, search_text = ?, indicator_code = ?
                        where id = ? and commune_id = ?""")
                .params(f.getAreaCode(), f.getCode().strip(), f.getText().strip(), f.getMetricKind().name(),
                        f.getComparator().name(), threshold, f.getResponsibleUnitId(),
                        SearchText.key(f.getCode() + " " + f.getText()), blankToNull(f.getIndicatorCode()), id, communeId)
                .update();
    }

    void deleteTarget(long communeId, long id) {
        jdbc.sql("delete from plan_target where id = ? and commune_id = ?").params(id, communeId).update();
    }

    // --- tasks ---

    /** Tasks of a plan in area and entry order; {@code query} filters diacritic-insensitively. */
    List<Task> tasks(long communeId, long planId, String query) {
        String key = SearchText.key(query);
        return withCoordinators(jdbc.sql("""
                        select t.* from plan_task t join reform_area a on a.code = t.area_code
                        where t.commune_id = ? and t.plan_id = ? and (? = '' or t.search_text like '%' || ? || '%')
                        order by a.ordinal, t.ordinal, t.id""")
                .params(communeId, planId, key, key).query(this::task).list());
    }

    /** Tasks of the commune's open plans where the unit leads or coordinates. */
    List<Task> tasksOfUnit(long communeId, long unitId) {
        return withCoordinators(jdbc.sql("""
                        select t.* from plan_task t join plan p on p.id = t.plan_id join reform_area a on a.code = t.area_code
                        where t.commune_id = ? and p.status <> 'CLOSED'
                          and (t.lead_unit_id = ? or exists (select 1 from plan_task_coordinator c
                                                             where c.task_id = t.id and c.unit_id = ?))
                        order by p.period_code desc, a.ordinal, t.ordinal, t.id""")
                .params(communeId, unitId, unitId).query(this::task).list());
    }

    Optional<Task> task(long communeId, long id) {
        return withCoordinators(jdbc.sql("select * from plan_task where commune_id = ? and id = ?").params(communeId, id)
                .query(this::task).list()).stream().findFirst();
    }

    boolean taskCodeTaken(long planId, String code, Long exceptId) {
        return jdbc.sql("select count(*) from plan_task where plan_id = ? and lower(code) = lower(?) and id <> coalesce(?, -1)")
                .params(planId, code, exceptId).query(Integer.class).single() > 0;
    }

    long insertTask(long communeId, long planId, NewTask t) {
        long id = jdbc.sql("""
                        insert into plan_task (plan_id, commune_id, area_code, code, title, product, lead_unit_id,
                                               deadline_phrase, deadline_rule, assignment_note, ordinal, search_text)
                        values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?,
                                (select coalesce(max(ordinal), 0) + 1 from plan_task where plan_id = ?), ?)
                        returning id""")
                .params(planId, communeId, t.areaCode(), t.code(), t.title(), t.product(), t.leadUnitId(),
                        t.deadlinePhrase(), toJson(t.rule()), t.assignmentNote(), planId, searchKey(t))
                .query(Long.class).single();
        insertCoordinators(communeId, id, t.coordinatorUnitIds());
        return id;
    }

    void updateTask(long communeId, long id, NewTask t) {
        jdbc.sql("""
                        update plan_task set area_code = ?, code = ?, title = ?, product = ?, lead_unit_id = ?,
                               deadline_phrase = ?, deadline_rule = cast(? as jsonb), assignment_note = ?, search_text = ?
                        where id = ? and commune_id = ?""")
                .params(t.areaCode(), t.code(), t.title(), t.product(), t.leadUnitId(), t.deadlinePhrase(),
                        toJson(t.rule()), t.assignmentNote(), searchKey(t), id, communeId)
                .update();
        jdbc.sql("delete from plan_task_coordinator where task_id = ? and commune_id = ?").params(id, communeId).update();
        insertCoordinators(communeId, id, t.coordinatorUnitIds());
    }

    void deleteTask(long communeId, long id) {
        jdbc.sql("delete from plan_task where id = ? and commune_id = ?").params(id, communeId).update();
    }

    private void insertCoordinators(long communeId, long taskId, List<Long> unitIds) {
        for (Long unitId : unitIds) {
            jdbc.sql("insert into plan_task_coordinator (task_id, unit_id, commune_id) values (?, ?, ?)")
                    .params(taskId, unitId, communeId).update();
        }
    }

    /** Loads coordinators of all given tasks in one query and returns the tasks with them. */
    private List<Task> withCoordinators(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<Long, List<Long>> byTask = new HashMap<>();
        jdbc.sql("select task_id, unit_id from plan_task_coordinator where task_id = any(?) order by unit_id")
                .param(tasks.stream().map(Task::id).toArray(Long[]::new))
                .query(rs -> {
                    byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return tasks.stream().map(t -> new Task(t.id(), t.planId(), t.areaCode(), t.code(), t.title(), t.product(),
                t.leadUnitId(), List.copyOf(byTask.getOrDefault(t.id(), List.of())), t.deadlinePhrase(),
                t.deadlineRule(), t.assignmentNote(), t.ordinal())).toList();
    }

    private static String searchKey(NewTask t) {
        return SearchText.key(String.join(" ", t.code(), t.title(), nullToEmpty(t.product()), t.deadlinePhrase()));
    }

    private String toJson(DeadlineRule rule) {
        try {
            return json.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise deadline rule " + rule, e);
        }
    }

    /** Rules are immutable values and few distinct ones recur: each stored text is parsed once (JFR: per row). */
    private DeadlineRule fromJson(String value) {
        return rules.get(value, text -> {
            try {
                return json.readValue(text, DeadlineRule.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored deadline rule unreadable: " + text, e);
            }
        });
    }

    private Task task(ResultSet rs, int n) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("area_code"), rs.getString("code"),
                rs.getString("title"), rs.getString("product"), rs.getLong("lead_unit_id"), List.of(),
                rs.getString("deadline_phrase"), fromJson(rs.getString("deadline_rule")), rs.getString("assignment_note"),
                rs.getInt("ordinal"));
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        return new Plan(rs.getLong("id"), rs.getLong("commune_id"), PlanKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("period_code"), PeriodType.valueOf(rs.getString("reporting_cadence")),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("signer"),
                rs.getString("legal_bases"), PlanStatus.valueOf(rs.getString("status")));
    }

    private static Target target(ResultSet rs, int n) throws SQLException {
        return new Target(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("area_code"), rs.getString("code"),
                rs.getString("text"), MetricKind.valueOf(rs.getString("metric_kind")),
                Comparator.valueOf(rs.getString("comparator")), rs.getBigDecimal("threshold"),
                (Long) rs.getObject("responsible_unit_id"), rs.getInt("ordinal"), rs.getString("indicator_code"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A validated task ready to store. */
    record NewTask(String areaCode, String code, String title, String product, long leadUnitId,
                   List<Long> coordinatorUnitIds, String deadlinePhrase, DeadlineRule rule, String assignmentNote) {
    }
}
