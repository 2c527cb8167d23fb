package vn.cchc.pakn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's SQL on its table {@code pakn} (created by db/migration/dossier/V1_8__dossier.sql). */
@Repository
class PaknRepository {

    private final JdbcClient jdbc;

    PaknRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commune's items received between the dates whose search text contains the key, newest first. */
    List<Pakn> received(long communeId, LocalDate from, LocalDate to, String searchKey) {
        return jdbc.sql("""
                select * from pakn where commune_id = ? and received_on between ? and ? and search_text like ?
                order by received_on desc, id desc""")
                .params(communeId, from, to, "%" + searchKey + "%")
                .query(PaknRepository::pakn).list();
    }

    Optional<Pakn> find(long communeId, long id) {
        return jdbc.sql("select * from pakn where commune_id = ? and id = ?").params(communeId, id)
                .query(PaknRepository::pakn).optional();
    }

    /** Whether another item of the commune (any but {@code exceptId}) already has the code. */
    boolean codeTaken(long communeId, String code, long exceptId) {
        return jdbc.sql("select count(*) from pakn where commune_id = ? and code = ? and id <> ?")
                .params(communeId, code, exceptId).query(Long.class).single() > 0;
    }

    /** Stores a new item (its id is ignored) and returns the id it got. */
    long insert(long communeId, Pakn p, String searchText, long createdBy) {
        return jdbc.sql("""
                insert into pakn (commune_id, code, received_on, channel, content, dossier_code, due_on, answered_on,
                    published_on, disliked, recomplained, search_text, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, p.code(), p.receivedOn(), p.channel().name(), p.content(), p.dossierCode(),
                        p.dueOn(), p.answeredOn(), p.publishedOn(), p.disliked(), p.recomplained(), searchText,
                        createdBy).query(Long.class).single();
    }

    void update(long communeId, long id, Pakn p, String searchText) {
        jdbc.sql("""
                update pakn set code = ?, received_on = ?, channel = ?, content = ?, dossier_code = ?, due_on = ?,
                    answered_on = ?, published_on = ?, disliked = ?, recomplained = ?, search_text = ?
                where commune_id = ? and id = ?""")
                .params(p.code(), p.receivedOn(), p.channel().name(), p.content(), p.dossierCode(), p.dueOn(),
                        p.answeredOn(), p.publishedOn(), p.disliked(), p.recomplained(), searchText, communeId, id)
                .update();
    }

    /**
     * The items a period's figures can count: received by its end and not answered before its start (an item
     * received in it is counted however it ended).
     */
    List<Pakn> relevantTo(long communeId, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                select * from pakn where commune_id = ? and received_on <= ?
                  and (answered_on is null or answered_on >= ? or received_on >= ?)""")
                .params(communeId, end, start, start).query(PaknRepository::pakn).list();
    }

    List<Pakn> dueBetween(long communeId, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from pakn where commune_id = ? and due_on between ? and ? order by due_on, code")
                .params(communeId, from, to).query(PaknRepository::pakn).list();
    }

    private static Pakn pakn(ResultSet rs, int row) throws SQLException {
        return new Pakn(rs.getLong("id"), rs.getString("code"), rs.getObject("received_on", LocalDate.class),
                PaknChannel.valueOf(rs.getString("channel")), rs.getString("content"), rs.getString("dossier_code"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("answered_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getBoolean("disliked"), rs.getBoolean("recomplained"));
    }
}
