package vn.cchc.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.SearchHits;
import vn.cchc.shared.SearchQuery;

/**
 * The commune-wide search over evidence documents, on the folded {@code search_text} (title, number, issuer, file
 * name). As in the library: visible documents only; coordinators see every unit's, other users their own unit's.
 */
@Component
public class EvidenceSearch {

    private final JdbcClient jdbc;

    EvidenceSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SearchHits documents(CurrentUser user, SearchQuery query, int limit) {
        Long unit = user.coordinates() ? null : user.unitId();
        if (unit == null && !user.coordinates()) {
            return SearchHits.NONE;
        }
        return SearchHits.query(jdbc, """
                select d.id, d.title, d.doc_number, d.file_name, count(*) over () as total
                from evidence_document d
                where d.commune_id = ? and d.hidden_at is null and (cast(? as bigint) is null or d.unit_id = ?)
                  and""" + " " + query.allWordsIn("d.search_text") + """
                 order by d.uploaded_at desc, d.id desc limit ?""",
                query.bind(limit, user.requireCommune(), unit, unit),
                (rs, n) -> new SearchHits.Hit(rs.getString("title"),
                        (rs.getString("doc_number") == null ? "" : rs.getString("doc_number") + " · ")
                                + rs.getString("file_name"),
                        "/evidence/" + rs.getLong("id") + "/file"));
    }
}
