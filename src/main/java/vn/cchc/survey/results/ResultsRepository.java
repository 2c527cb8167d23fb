package vn.cchc.survey.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.calendar.Period;

/** The results' SQL over the survey tables: each query is one statement scoped to the commune, period and filter. */
@Repository
class ResultsRepository {

    /** Responses counted: the commune's, answered in the period, not excluded by a reviewer, within the filter. */
    private static final String IN_SCOPE = """
            r.commune_id = :commune and r.answered_on between :from and :to and r.review <> 'EXCLUDED'
            and (cast(:survey as bigint) is null or r.survey_id = :survey)
            and (cast(:unit as bigint) is null or r.unit_id = :unit)
            and (cast(:field as text) is null or r.field = :field)
            and (cast(:point as bigint) is null or r.point_id = :point)""";

    private final JdbcClient jdbc;

    ResultsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A form version's questionnaire and the commune's own blocks, as stored. */
    record FormDefinition(long formId, String definition, String ownQuestions) {
    }

    /** The forms the responses in scope were given on, oldest first (so the last one's scoring rules). */
    List<FormDefinition> forms(long communeId, Period period, Filter f) {
        return jdbc.sql("""
                        select f.id, t.definition::text as definition, f.own_questions::text as own
                        from survey_form f join survey_template t on t.id = f.template_id
                        where f.commune_id = :commune and f.id in (select r.form_id from survey_response r where\s"""
                        + IN_SCOPE + ") order by f.created_at, f.id")
                .params(scope(communeId, period, f))
                .query((rs, n) -> new FormDefinition(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** A scale answer in scope and the group its response falls in (null when not grouped or not known). */
    record GroupedAnswer(String group, long responseId, String itemCode, int value) {
    }

    List<GroupedAnswer> answers(long communeId, Period period, Filter f, BreakdownBy by) {
        String group = by == null ? "null" : switch (by) {
            case UNIT -> "r.unit_id::text";
            case FIELD -> "r.field";
            case POINT -> "r.point_id::text";
            case MONTH -> "to_char(r.answered_on, 'YYYY\"M\"MM')";
        };
        return jdbc.sql("select " + group + ", r.id, a.item_code, a.value"
                        + " from survey_response r join survey_answer a"
                        + " on a.response_id = r.id and a.commune_id = r.commune_id where a.value is not null and "
                        + IN_SCOPE)
                .params(scope(communeId, period, f))
                .query((rs, n) -> new GroupedAnswer(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    boolean surveyExists(long communeId, long surveyId) {
        return jdbc.sql("select count(*) from survey where id = ? and commune_id = ?").params(surveyId, communeId)
                .query(Long.class).single() > 0;
    }

    boolean pointExists(long communeId, long pointId) {
        return jdbc.sql("select count(*) from survey_point where id = ? and commune_id = ?").params(pointId, communeId)
                .query(Long.class).single() > 0;
    }

    record Choice(long id, String label) {
    }

    List<Choice> surveys(long communeId) {
        return jdbc.sql("select id, title from survey where commune_id = ? order by opens_on desc, id desc")
                .param(communeId).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    List<Choice> points(long communeId) {
        return jdbc.sql("select id, label from survey_point where commune_id = ? order by label, id")
                .param(communeId).query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2))).list();
    }

    List<String> fields(long communeId) {
        return jdbc.sql("select distinct field from survey_response where commune_id = ? and field is not null"
                        + " order by field")
                .param(communeId).query(String.class).list();
    }

    private static Map<String, Object> scope(long communeId, Period period, Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("commune", communeId);
        p.put("from", period.start());
        p.put("to", period.end());
        p.put("survey", f.surveyId());
        p.put("unit", f.unitId());
        p.put("field", f.field());
        p.put("point", f.pointId());
        return p;
    }
}
