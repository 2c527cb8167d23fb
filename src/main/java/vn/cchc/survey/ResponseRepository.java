package vn.cchc.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;
import vn.cchc.survey.questionnaire.AnswerSheet;

/** Stores a response and its answers: two statements, the answers in one insert whatever their number. */
@Repository
class ResponseRepository {

    private final JdbcClient jdbc;

    ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who or what a response came through, besides its answers. */
    record Origin(long communeId, long surveyId, long formId, Long pointId, Long unitId, String field,
                  String dossierCode, Channel channel, Long interviewerId, String deviceHash, List<String> flags) {
    }

    enum Channel { WEB, INTERVIEW }

    long insert(Origin o, Instant at, LocalDate answeredOn, List<AnswerSheet.Answer> answers) {
        long id = jdbc.sql("""
                insert into survey_response (commune_id, survey_id, form_id, point_id, unit_id, field, dossier_code,
                    channel, interviewer_id, submitted_at, answered_on, device_hash, flags)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(o.communeId(), o.surveyId(), o.formId(), o.pointId(), o.unitId(), o.field(), o.dossierCode(),
                        o.channel().name(), o.interviewerId(), Timestamps.utc(at), answeredOn, o.deviceHash(),
                        String.join(",", o.flags()))
                .query(Long.class).single();
        if (!answers.isEmpty()) {
            String[] items = new String[answers.size()];
            Integer[] values = new Integer[answers.size()];
            String[] texts = new String[answers.size()];
            for (int i = 0; i < answers.size(); i++) {
                items[i] = answers.get(i).itemCode();
                values[i] = answers.get(i).value();
                texts[i] = answers.get(i).text();
            }
            jdbc.sql("""
                    insert into survey_answer (commune_id, response_id, item_code, value, text)
                    select ?, ?, a.item, a.value::smallint, a.text
                    from unnest(?::text[], ?::int[], ?::text[]) as a(item, value, text)""")
                    .params(o.communeId(), id, items, values, texts).update();
        }
        return id;
    }

    boolean dossierAnswered(long communeId, String dossierCode) {
        return jdbc.sql("select count(*) from survey_response where commune_id = ? and dossier_code = ?")
                .params(communeId, dossierCode).query(Long.class).single() > 0;
    }
}
