package vn.cchc.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;
import vn.cchc.survey.questionnaire.OwnQuestions;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;

/** The module's SQL on survey, survey_form and survey_point. */
@Repository
class SurveyRepository {

    private static final String SURVEY = """
            select s.*, f.id as form_id, f.version as form_version, f.template_id
            from survey s join survey_form f on f.survey_id = s.id
             and f.version = (select max(version) from survey_form where survey_id = s.id)
            """;

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Survey> surveys(long communeId) {
        return jdbc.sql(SURVEY + " where s.commune_id = ? order by s.opens_on desc, s.id desc")
                .param(communeId).query(SurveyRepository::survey).list();
    }

    Optional<Survey> survey(long communeId, long id) {
        return jdbc.sql(SURVEY + " where s.commune_id = ? and s.id = ?").params(communeId, id)
                .query(SurveyRepository::survey).optional();
    }

    long insertSurvey(long communeId, String title, LocalDate opensOn, LocalDate closesOn, boolean feedsDossierRating,
                      long userId, Instant at) {
        return jdbc.sql("""
                insert into survey (commune_id, title, opens_on, closes_on, feeds_dossier_rating, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, title, opensOn, closesOn, feedsDossierRating, Timestamps.utc(at), userId)
                .query(Long.class).single();
    }

    /** Holds the survey's row until the transaction ends, so two edits never take the same next form version. */
    void lock(long communeId, long id) {
        jdbc.sql("select id from survey where commune_id = ? and id = ? for update").params(communeId, id)
                .query(Long.class).optional();
    }

    void updateSurvey(long communeId, long id, String title, LocalDate opensOn, LocalDate closesOn, boolean closed,
                      boolean feedsDossierRating) {
        jdbc.sql("""
                update survey set title = ?, opens_on = ?, closes_on = ?, closed = ?, feeds_dossier_rating = ?
                where commune_id = ? and id = ?""")
                .params(title, opensOn, closesOn, closed, feedsDossierRating, communeId, id).update();
    }

    long insertForm(long communeId, long surveyId, int version, long templateId, OwnQuestions own,
                    long userId, Instant at) {
        return jdbc.sql("""
                insert into survey_form (commune_id, survey_id, version, template_id, own_questions, created_at, created_by)
                values (?, ?, ?, ?, ?::jsonb, ?, ?) returning id""")
                .params(communeId, surveyId, version, templateId, QuestionnaireJson.writeOwn(own),
                        Timestamps.utc(at), userId)
                .query(Long.class).single();
    }

    /** A form version with its template's definition, as stored. */
    Optional<StoredForm> form(long communeId, long formId) {
        return jdbc.sql("""
                select f.*, t.definition::text as definition, t.title as template_title, t.version as template_version
                from survey_form f join survey_template t on t.id = f.template_id
                where f.commune_id = ? and f.id = ?""")
                .params(communeId, formId)
                .query((rs, n) -> new StoredForm(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("survey_id"),
                        rs.getInt("version"), rs.getLong("template_id"), rs.getString("template_title"),
                        rs.getInt("template_version"), rs.getString("definition"), rs.getString("own_questions")))
                .optional();
    }

    record StoredForm(long id, long communeId, long surveyId, int version, long templateId, String templateTitle,
                      int templateVersion, String definition, String ownQuestions) {
        SurveyForm parse() {
            OwnQuestions own = QuestionnaireJson.readOwn(ownQuestions);
            Questionnaire q = QuestionnaireJson.read(definition).withOwn(own);
            return new SurveyForm(id, communeId, surveyId, version, templateId, templateTitle, templateVersion, q, own);
        }
    }

    /** The own questions of every form version of a survey, oldest first. */
    List<OwnQuestions> ownQuestionsHistory(long communeId, long surveyId) {
        return jdbc.sql("select own_questions::text from survey_form where commune_id = ? and survey_id = ? order by version")
                .params(communeId, surveyId).query(String.class).list().stream().map(QuestionnaireJson::readOwn).toList();
    }

    List<SurveyPoint> points(long communeId, long surveyId) {
        return jdbc.sql("select * from survey_point where commune_id = ? and survey_id = ? order by active desc, id")
                .params(communeId, surveyId).query(SurveyRepository::point).list();
    }

    Optional<SurveyPoint> point(long communeId, long id) {
        return jdbc.sql("select * from survey_point where commune_id = ? and id = ?").params(communeId, id)
                .query(SurveyRepository::point).optional();
    }

    /** The point a public token names, in any commune: the token is the only key the public form has. */
    Optional<SurveyPoint> pointByToken(String token) {
        return jdbc.sql("select * from survey_point where token = ?").param(token)
                .query(SurveyRepository::point).optional();
    }

    long insertPoint(long communeId, long surveyId, String token, SurveyPoint.Kind kind, String label, Long unitId,
                     String field) {
        return jdbc.sql("""
                insert into survey_point (commune_id, survey_id, token, kind, label, unit_id, field)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, surveyId, token, kind.name(), label, unitId, field).query(Long.class).single();
    }

    void setPointActive(long communeId, long id, boolean active) {
        jdbc.sql("update survey_point set active = ? where commune_id = ? and id = ?")
                .params(active, communeId, id).update();
    }

    /** Responses per survey, for the list. */
    long responses(long communeId, long surveyId) {
        return jdbc.sql("select count(*) from survey_response where commune_id = ? and survey_id = ?")
                .params(communeId, surveyId).query(Long.class).single();
    }

    private static Survey survey(ResultSet rs, int n) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("title"),
                rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                rs.getBoolean("closed"), rs.getBoolean("feeds_dossier_rating"), rs.getLong("form_id"),
                rs.getInt("form_version"), rs.getLong("template_id"));
    }

    private static SurveyPoint point(ResultSet rs, int n) throws SQLException {
        return new SurveyPoint(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("survey_id"),
                rs.getString("token"), SurveyPoint.Kind.valueOf(rs.getString("kind")), rs.getString("label"),
                (Long) rs.getObject("unit_id"), rs.getString("field"), rs.getBoolean("active"));
    }
}
