package vn.cchc.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.Timestamps;

/** Evidence rows, always filtered by commune. */
@Repository
class EvidenceRepository {

    // Read model: the library lists hundreds of documents, each with its unit's and uploader's names, in one query.
    private static final String SELECT = """
            select d.*, u.short_name as unit_name, a.full_name as uploader
            from evidence_document d join org_unit u on u.id = d.unit_id join app_user a on a.id = d.uploaded_by
            """;

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long communeId, long unitId, EvidenceForm meta, String fileName, FileType type, long size,
                String sha256, long userId, Instant at) {
        long id = jdbc.sql("""
                        insert into evidence_document (commune_id, unit_id, title, doc_number, doc_date, issuer, kind,
                            file_name, file_type, size_bytes, sha256, uploaded_by, uploaded_at, search_text)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, unitId, meta.getTitle(), meta.getDocNumber(), meta.getDocDate(), meta.getIssuer(),
                        meta.getKind().name(), fileName, type.name(), size, sha256, userId,
                        Timestamps.utc(at),
                        SearchText.key(String.join(" ", meta.getTitle(), nullToEmpty(meta.getDocNumber()),
                                nullToEmpty(meta.getIssuer()), fileName)))
                .query(Long.class).single();
        audit(communeId, id, "UPLOAD", userId, at, null);
        return id;
    }

    void hide(long communeId, long id, long userId, Instant at, String reason) {
        jdbc.sql("update evidence_document set hidden_at = ?, hidden_by = ? where id = ? and commune_id = ?")
                .params(Timestamps.utc(at), userId, id, communeId).update();
        audit(communeId, id, "HIDE", userId, at, reason);
    }

    private void audit(long communeId, long documentId, String action, long userId, Instant at, String note) {
        jdbc.sql("insert into evidence_audit (commune_id, document_id, action, user_id, at, note) values (?, ?, ?, ?, ?, ?)")
                .params(communeId, documentId, action, userId, Timestamps.utc(at), note)
                .update();
    }

    Optional<EvidenceDocument> find(long communeId, long id) {
        return jdbc.sql(SELECT + " where d.id = ? and d.commune_id = ?").params(id, communeId)
                .query(EvidenceRepository::document).optional();
    }

    List<EvidenceDocument> all(long communeId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where d.commune_id = :commune and d.id in (:ids) order by d.id")
                .param("commune", communeId).param("ids", ids)
                .query(EvidenceRepository::document).list();
    }

    /** Visible documents, newest first; {@code unitId} null means every unit; {@code query} is folded text. */
    List<EvidenceDocument> search(long communeId, Long unitId, String query, int limit) {
        return jdbc.sql(SELECT + """
                         where d.commune_id = :commune and d.hidden_at is null
                           and (cast(:unit as bigint) is null or d.unit_id = :unit)
                           and (:q = '' or d.search_text like '%' || :q || '%')
                         order by d.uploaded_at desc, d.id desc limit :limit""")
                .param("commune", communeId).param("unit", unitId).param("q", SearchText.key(query))
                .param("limit", limit)
                .query(EvidenceRepository::document).list();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static EvidenceDocument document(ResultSet rs, int n) throws SQLException {
        return new EvidenceDocument(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("title"), rs.getString("doc_number"),
                rs.getObject("doc_date", LocalDate.class), rs.getString("issuer"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                FileType.valueOf(rs.getString("file_type")), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploader"), Timestamps.instant(rs, "uploaded_at"),
                rs.getObject("hidden_at") != null);
    }
}
