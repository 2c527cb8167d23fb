package vn.cchc.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.Timestamps;

/** The provinces' template versions, appended and never changed. */
@Repository
class TemplateRepository {

    /** One version: content is absent when the version went back to the shipped default. */
    record Version(long id, DocumentKind kind, int version, String fileName, String sha256, String uploader,
                   Instant uploadedAt) {
        boolean isDefault() {
            return sha256 == null;
        }
    }

    // Read model: the uploader's name beside each template version, in one query.
    private static final String SELECT = """
            select t.id, t.kind, t.version, t.file_name, t.sha256, u.full_name as uploader, t.uploaded_at
            from document_template t join app_user u on u.id = t.uploaded_by
            """;

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The content in force: the latest version's, empty when there is none or it went back to the default. */
    Optional<byte[]> current(long provinceId, DocumentKind kind) {
        return jdbc.sql("""
                        select content from document_template where province_id = ? and kind = ?
                        order by version desc limit 1""")
                .params(provinceId, kind.name())
                .query((rs, n) -> Optional.ofNullable(rs.getBytes(1))).optional().flatMap(c -> c);
    }

    /** Whether the latest version is the province's own, without reading its content. */
    boolean hasOwn(long provinceId, DocumentKind kind) {
        return jdbc.sql("""
                        select content is not null from document_template where province_id = ? and kind = ?
                        order by version desc limit 1""")
                .params(provinceId, kind.name()).query(Boolean.class).optional().orElse(false);
    }

    List<Version> history(long provinceId) {
        return jdbc.sql(SELECT + " where t.province_id = ? order by t.kind, t.version desc")
                .param(provinceId)
                .query((rs, n) -> new Version(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getInt("version"), rs.getString("file_name"), rs.getString("sha256"),
                        rs.getString("uploader"), Timestamps.instant(rs, "uploaded_at")))
                .list();
    }

    /** Appends a version in its own transaction (the lock and the insert together). */
    @Transactional
    void appendAtomically(long provinceId, DocumentKind kind, byte[] content, String sha256, String fileName, long userId,
                Instant at) {
        // Serialised per province so that two admins saving at once get consecutive versions.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('document_template'), cast(? as int))")
                .param(provinceId).query((rs, n) -> 1).list();
        jdbc.sql("""
                        insert into document_template (province_id, kind, version, content, sha256, file_name,
                            uploaded_by, uploaded_at)
                        values (?, ?, coalesce((select max(version) from document_template
                                                where province_id = ? and kind = ?), 0) + 1, ?, ?, ?, ?, ?)""")
                .params(provinceId, kind.name(), provinceId, kind.name(), content, sha256, fileName, userId,
                        Timestamps.utc(at))
                .update();
    }
}
