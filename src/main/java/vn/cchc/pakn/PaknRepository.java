package vn.cchc.pakn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Paged;
import vn.cchc.shared.SearchQuery;
import vn.cchc.shared.Timestamps;

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
    long insert(long communeId, Pakn p, String searchText, long createdBy, Instant at) {
        return jdbc.sql("""
                insert into pakn (commune_id, code, received_on, channel, content, dossier_code, due_on, answered_on,
                    published_on, disliked, recomplained, search_text, created_by, public_question, answer, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, """ + AFTER_LATEST + ") returning id")
                .params(communeId, p.code(), p.receivedOn(), p.channel().name(), p.content(), p.dossierCode(),
                        p.dueOn(), p.answeredOn(), p.publishedOn(), p.disliked(), p.recomplained(), searchText,
                        createdBy, p.publicQuestion(), p.answer(), Timestamps.utc(at), communeId)
                .query(Long.class).single();
    }

    void update(long communeId, long id, Pakn p, String searchText, Instant at) {
        jdbc.sql("""
                update pakn set code = ?, received_on = ?, channel = ?, content = ?, dossier_code = ?, due_on = ?,
                    answered_on = ?, published_on = ?, disliked = ?, recomplained = ?, search_text = ?,
                    public_question = ?, answer = ?, updated_at = """ + AFTER_LATEST + " where commune_id = ? and id = ?")
                .params(p.code(), p.receivedOn(), p.channel().name(), p.content(), p.dossierCode(), p.dueOn(),
                        p.answeredOn(), p.publishedOn(), p.disliked(), p.recomplained(), searchText,
                        p.publicQuestion(), p.answer(), Timestamps.utc(at), communeId, communeId, id)
                .update();
    }

    /**
     * The save's time, or just after the commune's latest change when the clock has not moved past it: the public
     * pages' tags are made from the latest change, so every save must move it on (two saves within one clock tick).
     */
    private static final String AFTER_LATEST =
            "greatest(?, (select max(updated_at) + interval '1 millisecond' from pakn where commune_id = ?))";

    /** The latest change among the commune's items and the latest publication date already reached (or nulls). */
    LastChange lastChange(long communeId, LocalDate today) {
        return jdbc.sql("""
                select max(updated_at) as updated, max(published_on) filter (where published_on <= ?) as published
                from pakn where commune_id = ?""").params(today, communeId)
                .query((rs, n) -> new LastChange(
                        rs.getTimestamp("updated") == null ? null : rs.getTimestamp("updated").toInstant(),
                        rs.getObject("published", LocalDate.class))).single();
    }

    record LastChange(Instant updated, LocalDate published) {
    }

    /**
     * One page of the commune's items published by {@code today} with both public texts, newest answer first, whose
     * folded public texts hold every word of the query (none: all), with the number of such items.
     */
    Paged<PublicAnswer> published(long communeId, LocalDate today, SearchQuery query, int page, int size) {
        String words = query == null ? "" : " and " + query.allWordsIn("public_search");
        List<Object> params = new ArrayList<>(List.of(communeId, today));
        if (query != null) {
            params.addAll(query.likePatterns());
        }
        params.add(size);
        params.add(Paged.offset(page, size));
        List<Long> total = new ArrayList<>();
        List<PublicAnswer> items = jdbc.sql("""
                select id, received_on, channel, answered_on, published_on, public_question, answer,
                       count(*) over () as total
                from pakn where commune_id = ? and published_on <= ? and public_question is not null
                  and answer is not null""" + words + " order by answered_on desc, published_on desc, id desc limit ? offset ?")
                .params(params).query((rs, n) -> {
                    total.add(rs.getLong("total"));
                    return new PublicAnswer(rs.getLong("id"), rs.getString("public_question"), rs.getString("answer"),
                            rs.getObject("received_on", LocalDate.class), rs.getObject("answered_on", LocalDate.class),
                            rs.getObject("published_on", LocalDate.class), PaknChannel.valueOf(rs.getString("channel")));
                }).list();
        long count = total.isEmpty() ? countPublished(communeId, today, query, words) : total.get(0);
        return new Paged<>(items, page, size, count);
    }

    /** The count alone, for a page past the last one (the windowed count comes with rows only). */
    private long countPublished(long communeId, LocalDate today, SearchQuery query, String words) {
        List<Object> params = new ArrayList<>(List.of(communeId, today));
        if (query != null) {
            params.addAll(query.likePatterns());
        }
        return jdbc.sql("""
                select count(*) from pakn where commune_id = ? and published_on <= ? and public_question is not null
                  and answer is not null""" + words).params(params).query(Long.class).single();
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
                rs.getObject("published_on", LocalDate.class), rs.getBoolean("disliked"), rs.getBoolean("recomplained"),
                rs.getString("public_question"), rs.getString("answer"));
    }
}
