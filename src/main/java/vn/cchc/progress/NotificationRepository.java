package vn.cchc.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;

/** In-app notifications. The unique (user, dedupe key) makes every reminder a one-time event. */
@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the reminder job's lock for this transaction; false when another instance is running the job. */
    boolean tryJobLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(72410001)").query(Boolean.class).single());
    }

    /** The new notification's id, or empty when this user already got this reminder. */
    Optional<Long> insert(long communeId, long userId, String kind, String dedupeKey, String subject, String body,
                          String link, Instant at, String emailTo) {
        return jdbc.sql("""
                        insert into notification (commune_id, user_id, kind, dedupe_key, subject, body, link, created_at, email_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (user_id, dedupe_key, commune_id) do nothing returning id""")
                .params(communeId, userId, kind, dedupeKey, subject, body, link, Timestamps.utc(at), emailTo)
                .query(Long.class).optional();
    }

    /** A notification still to be e-mailed: it has an address and no send recorded. */
    record Unsent(long id, String emailTo) {
    }

    List<Unsent> unsent(long communeId, String dedupeKey) {
        return jdbc.sql("""
                        select id, email_to from notification
                        where commune_id = ? and dedupe_key = ? and email_to is not null and emailed_at is null
                        order by id""")
                .params(communeId, dedupeKey)
                .query((rs, n) -> new Unsent(rs.getLong("id"), rs.getString("email_to"))).list();
    }

    void emailed(long id, Instant at) {
        jdbc.sql("update notification set emailed_at = ?, email_error = null where id = ?")
                .params(Timestamps.utc(at), id).update();
    }

    void emailFailed(long id, String error) {
        jdbc.sql("update notification set email_error = ? where id = ?").params(error, id).update();
    }

    int unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null").param(userId)
                .query(Integer.class).single();
    }

    record Row(long id, String kind, String subject, String body, String link, Instant createdAt, boolean read) {
    }

    List<Row> latest(long userId, int limit) {
        return jdbc.sql("""
                        select id, kind, subject, body, link, created_at, read_at is not null as read from notification
                        where user_id = ? order by created_at desc, id desc limit ?""")
                .params(userId, limit)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"),
                        Timestamps.instant(rs, "created_at"), rs.getBoolean("read")))
                .list();
    }

    void markAllRead(long userId, Instant at) {
        jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamps.utc(at), userId).update();
    }
}
