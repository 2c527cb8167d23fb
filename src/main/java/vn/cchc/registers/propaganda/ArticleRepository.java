package vn.cchc.registers.propaganda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the articles and broadcasts, scoped to the commune. */
@Repository
class ArticleRepository {

    private static final String SELECT = """
            select a.*, u.name unit_name from registers_article a join org_unit u on u.id = a.unit_id""";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Article> ofYear(long communeId, int year, Long unitId) {
        return jdbc.sql(SELECT + """
                         \swhere a.commune_id = ? and extract(year from a.published_on) = ?
                           and (cast(? as bigint) is null or a.unit_id = ?)
                         order by a.published_on desc, a.id desc""")
                .params(communeId, year, unitId, unitId).query(ArticleRepository::row).list();
    }

    Optional<Article> find(long communeId, long id) {
        return jdbc.sql(SELECT + " where a.commune_id = ? and a.id = ?").params(communeId, id)
                .query(ArticleRepository::row).optional();
    }

    long insert(long communeId, ArticleForm f, long userId) {
        return jdbc.sql("""
                        insert into registers_article (commune_id, unit_id, title, link, document_id, channel,
                            published_on, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, f.getUnitId(), f.getTitle().strip(), link(f), f.getDocumentId(),
                        f.getChannel().name(), f.getPublishedOn(), userId)
                .query(Long.class).single();
    }

    void update(long communeId, long id, ArticleForm f) {
        jdbc.sql("""
                        update registers_article set unit_id = ?, title = ?, link = ?, document_id = ?, channel = ?,
                            published_on = ?
                        where commune_id = ? and id = ?""")
                .params(f.getUnitId(), f.getTitle().strip(), link(f), f.getDocumentId(), f.getChannel().name(),
                        f.getPublishedOn(), communeId, id)
                .update();
    }

    private static String link(ArticleForm f) {
        return f.getLink() == null || f.getLink().isBlank() ? null : f.getLink().strip();
    }

    private static Article row(ResultSet rs, int n) throws SQLException {
        return new Article(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("title"), rs.getString("link"), rs.getObject("document_id", Long.class),
                Article.Channel.valueOf(rs.getString("channel")), rs.getObject("published_on", LocalDate.class));
    }
}
