package vn.cchc.planimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.planimport.source.SourceKind;

/** SQL for import drafts; every statement is scoped to the caller's commune. */
@Repository
class DraftRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DraftRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The uploaded or pasted bytes as received, with their SHA-256. */
    record Source(SourceKind kind, String fileName, byte[] bytes, String sha256) {
    }

    /** Everything the review needs; not the uploaded bytes (up to 10 MB), which the review never reads. */
    private static final String COLUMNS = "id, commune_id, status, plan_id, source_kind, file_name, size_bytes, created_at, "
            + "draft, review";

    long insert(long communeId, long userId, Instant now, Source source, ImportDraft draft) {
        return jdbc.sql("""
                        insert into plan_import_draft (commune_id, created_by, created_at, updated_at, source_kind,
                                                       file_name, sha256, size_bytes, source_bytes, draft)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(communeId, userId, at(now), at(now), source.kind().name(), source.fileName(), source.sha256(),
                        source.bytes().length, source.bytes(), write(draft))
                .query(Long.class).single();
    }

    Optional<StoredDraft> find(long communeId, long id) {
        return jdbc.sql("select " + COLUMNS + " from plan_import_draft where commune_id = ? and id = ?").params(communeId, id)
                .query(this::draft).optional();
    }

    /** The draft, its row locked until the transaction ends: two "create" clicks make one plan. */
    Optional<StoredDraft> lock(long communeId, long id) {
        return jdbc.sql("select " + COLUMNS + " from plan_import_draft where commune_id = ? and id = ? for update")
                .params(communeId, id).query(this::draft).optional();
    }

    /** The user's open draft of exactly these bytes, if any. */
    Optional<Long> openWithContent(long communeId, long userId, String sha256) {
        return jdbc.sql("""
                        select id from plan_import_draft
                        where commune_id = ? and created_by = ? and sha256 = ? and status = 'DRAFT'
                        order by id desc limit 1""")
                .params(communeId, userId, sha256).query(Long.class).optional();
    }

    /** The commune's drafts still under review, newest first. */
    List<DraftSummary> open(long communeId) {
        return jdbc.sql("""
                        select id, file_name, source_kind, created_at, jsonb_array_length(draft -> 'tasks') as tasks,
                               jsonb_array_length(draft -> 'targets') as targets,
                               coalesce(nullif(review ->> 'title', ''), draft -> 'header' ->> 'title') as title
                        from plan_import_draft where commune_id = ? and status = 'DRAFT'
                        order by created_at desc, id desc limit 50""")
                .param(communeId)
                .query((rs, n) -> new DraftSummary(rs.getLong("id"), rs.getString("file_name"),
                        SourceKind.valueOf(rs.getString("source_kind")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("tasks"),
                        rs.getInt("targets"), rs.getString("title")))
                .list();
    }

    void saveReview(long communeId, long id, ReviewForm review, Instant now) {
        jdbc.sql("update plan_import_draft set review = cast(? as jsonb), updated_at = ? where commune_id = ? and id = ?")
                .params(write(review), at(now), communeId, id).update();
    }

    void close(long communeId, long id, StoredDraft.Status status, Long planId, Instant now) {
        jdbc.sql("update plan_import_draft set status = ?, plan_id = ?, updated_at = ? where commune_id = ? and id = ?")
                .params(status.name(), planId, at(now), communeId, id).update();
    }

    private StoredDraft draft(ResultSet rs, int n) throws SQLException {
        String review = rs.getString("review");
        return new StoredDraft(rs.getLong("id"), rs.getLong("commune_id"),
                StoredDraft.Status.valueOf(rs.getString("status")), (Long) rs.getObject("plan_id"),
                SourceKind.valueOf(rs.getString("source_kind")), rs.getString("file_name"), rs.getLong("size_bytes"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read(rs.getString("draft"), ImportDraft.class), review == null ? null : read(review, ReviewForm.class));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored import draft unreadable as " + type.getSimpleName(), e);
        }
    }
}
