package vn.cchc.pakn;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.shared.SearchHits;
import vn.cchc.shared.SearchQuery;

/**
 * The commune-wide search over PAKN items, on the folded {@code search_text} (code, content, dossier code). Every
 * commune user reads the PAKN list; only the ledger's managers open an item's form, so the others' link is the list
 * of the item's year filtered to its code.
 */
@Component
public class PaknSearch {

    /** A hit shows the start of a long petition; the page shows all of it. */
    private static final int SHOWN = 160;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final OneStopAccess access;

    PaknSearch(JdbcClient jdbc, OneStopAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public SearchHits items(CurrentUser user, SearchQuery query, int limit) {
        boolean manager = access.canManage(user);
        return SearchHits.query(jdbc, """
                select id, code, content, received_on, count(*) over () as total from pakn
                where commune_id = ? and""" + " " + query.allWordsIn("search_text") + """
                 order by received_on desc, id desc limit ?""",
                query.bind(limit, user.requireCommune()),
                (rs, n) -> {
                    String code = rs.getString("code");
                    LocalDate received = rs.getObject("received_on", LocalDate.class);
                    String content = rs.getString("content");
                    String shown = content.length() > SHOWN ? content.substring(0, SHOWN) + "…" : content;
                    String href = manager ? "/pakn/" + rs.getLong("id")
                            : UriComponentsBuilder.fromPath("/pakn").queryParam("period", received.getYear())
                                    .queryParam("q", code).encode().build().toUriString();
                    return new SearchHits.Hit(code + " — " + shown, DAY.format(received), href);
                });
    }
}
