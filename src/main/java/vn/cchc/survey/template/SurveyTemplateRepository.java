package vn.cchc.survey.template;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.survey.questionnaire.QuestionnaireJson;
import vn.cchc.survey.template.SurveyTemplates.TemplateVersion;

/** SQL for survey_template; every statement is scoped to one province. Rows are inserted, never updated. */
@Repository
class SurveyTemplateRepository {

    private static final String SELECT = """
            select t.id, t.province_id, t.code, t.version, t.title, t.definition::text as definition, t.shipped,
                   t.published_at, u.full_name
            from survey_template t left join app_user u on u.id = t.published_by
            """;

    private final JdbcClient jdbc;

    SurveyTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Version 1 of a shipped questionnaire, unless the province already has that code (its own or shipped). */
    void insertShipped(long provinceId, String code, String title, String json, Instant now) {
        jdbc.sql("""
                        insert into survey_template (province_id, code, version, title, definition, shipped, published_at)
                        select ?, ?, 1, ?, cast(? as jsonb), true, ?
                        where not exists (select 1 from survey_template where province_id = ? and code = ?)
                        on conflict do nothing""")
                .params(provinceId, code, title, json, at(now), provinceId, code).update();
    }

    boolean hasAny(long provinceId) {
        return jdbc.sql("select exists (select 1 from survey_template where province_id = ?)").param(provinceId)
                .query(Boolean.class).single();
    }

    /** Serialises publishing in a province, so two publications of one code cannot take the same version. */
    void lockProvince(long provinceId) {
        jdbc.sql("select id from province where id = ? for update").param(provinceId).query(Long.class).optional();
    }

    int nextVersion(long provinceId, String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from survey_template where province_id = ? and code = ?")
                .params(provinceId, code).query(Integer.class).single();
    }

    long insert(long provinceId, String code, int version, String title, String json, Instant now, long userId) {
        return jdbc.sql("""
                        insert into survey_template (province_id, code, version, title, definition, shipped,
                                                     published_at, published_by)
                        values (?, ?, ?, ?, cast(? as jsonb), false, ?, ?) returning id""")
                .params(provinceId, code, version, title, json, at(now), userId).query(Long.class).single();
    }

    List<TemplateVersion> latest(long provinceId) {
        return jdbc.sql(SELECT + """
                        where t.province_id = ? and t.version =
                            (select max(version) from survey_template l where l.province_id = t.province_id and l.code = t.code)
                        order by t.code""")
                .param(provinceId).query(this::row).list();
    }

    Optional<TemplateVersion> find(long provinceId, long id) {
        return jdbc.sql(SELECT + "where t.province_id = ? and t.id = ?").params(provinceId, id).query(this::row).optional();
    }

    List<TemplateVersion> history(long provinceId, String code) {
        return jdbc.sql(SELECT + "where t.province_id = ? and t.code = ? order by t.version desc")
                .params(provinceId, code).query(this::row).list();
    }

    private TemplateVersion row(ResultSet rs, int n) throws SQLException {
        return new TemplateVersion(rs.getLong("id"), rs.getLong("province_id"), rs.getString("code"),
                rs.getInt("version"), rs.getString("title"), QuestionnaireJson.read(rs.getString("definition")),
                rs.getBoolean("shipped"), rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                rs.getString("full_name"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
