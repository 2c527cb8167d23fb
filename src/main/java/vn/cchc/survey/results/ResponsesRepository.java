package vn.cchc.survey.results;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.calendar.Period;

/**
 * Single responses for the raw export and the review of flagged ones. What could identify a person (dossier code,
 * device hash, interviewer) is never selected here.
 */
@Repository
class ResponsesRepository {

    private static final String IN_PERIOD = """
            r.commune_id = :commune and r.answered_on between :from and :to
            and (cast(:survey as bigint) is null or r.survey_id = :survey)""";

    private final JdbcClient jdbc;

    ResponsesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A response as exported and reviewed: no personal data. */
    record ResponseRow(long id, String surveyTitle, long formId, LocalDate answeredOn, String channel, String point,
                       Long unitId, String field, List<String> flags, String review) {
    }

    List<ResponseRow> responses(long communeId, Period period, Long surveyId, boolean flaggedOnly) {
        return jdbc.sql("""
                        select r.id, s.title, r.form_id, r.answered_on, r.channel, p.label, r.unit_id, r.field, r.flags,
                               r.review
                        from survey_response r join survey s on s.id = r.survey_id
                        left join survey_point p on p.id = r.point_id
                        where\s""" + IN_PERIOD + (flaggedOnly ? " and r.flags <> ''" : "")
                        + " order by r.answered_on, r.id")
                .params(scope(communeId, period, surveyId))
                .query((rs, n) -> new ResponseRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        (Long) rs.getObject(7), rs.getString(8), flags(rs.getString(9)), rs.getString(10)))
                .list();
    }

    record AnswerRow(long responseId, String itemCode, Integer value, String text) {
    }

    List<AnswerRow> answers(long communeId, Period period, Long surveyId) {
        return jdbc.sql("select a.response_id, a.item_code, a.value, a.text from survey_response r"
                        + " join survey_answer a on a.response_id = r.id and a.commune_id = r.commune_id where "
                        + IN_PERIOD + " order by a.response_id, a.item_code, a.value")
                .params(scope(communeId, period, surveyId))
                .query((rs, n) -> new AnswerRow(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3),
                        rs.getString(4)))
                .list();
    }

    /** The forms of the period's responses, oldest first. */
    List<ResultsRepository.FormDefinition> forms(long communeId, Period period, Long surveyId) {
        return jdbc.sql("""
                        select f.id, t.definition::text, f.own_questions::text
                        from survey_form f join survey_template t on t.id = f.template_id
                        where f.commune_id = :commune and f.id in (select r.form_id from survey_response r where\s"""
                        + IN_PERIOD + ") order by f.created_at, f.id")
                .params(scope(communeId, period, surveyId))
                .query((rs, n) -> new ResultsRepository.FormDefinition(rs.getLong(1), rs.getString(2),
                        rs.getString(3)))
                .list();
    }

    /** Sets a flagged response's review; false when the commune has no such flagged response. */
    boolean review(long communeId, long responseId, String review, long reviewerId) {
        return jdbc.sql("""
                        update survey_response set review = ?, reviewed_by = ?
                        where id = ? and commune_id = ? and flags <> ''""")
                .params(review, reviewerId, responseId, communeId).update() == 1;
    }

    /** Stored flags are the checks' reason codes separated by commas or spaces. */
    private static List<String> flags(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, Object> scope(long communeId, Period period, Long surveyId) {
        Map<String, Object> p = new HashMap<>();
        p.put("commune", communeId);
        p.put("from", period.start());
        p.put("to", period.end());
        p.put("survey", surveyId);
        return p;
    }
}
