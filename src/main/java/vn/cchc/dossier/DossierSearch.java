package vn.cchc.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.SearchHits;
import vn.cchc.shared.SearchQuery;

/**
 * The commune-wide search over the one-stop ledger, on the folded {@code search_text} the importer writes (code,
 * procedure, officer, unit, applicant). Every commune user reads the ledger's list; a dossier has no page of its own,
 * so a hit links to the list of what was received in its year, filtered to its code.
 */
@Component
public class DossierSearch {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;

    DossierSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SearchHits dossiers(CurrentUser user, SearchQuery query, int limit) {
        return SearchHits.query(jdbc, """
                select code, procedure_name, applicant, (received_at at time zone 'Asia/Ho_Chi_Minh')::date as received,
                       count(*) over () as total
                from dossier where commune_id = ? and""" + " " + query.allWordsIn("search_text") + """
                 order by received_at desc, code limit ?""",
                query.bind(limit, user.requireCommune()),
                (rs, n) -> {
                    String code = rs.getString("code");
                    LocalDate received = rs.getObject("received", LocalDate.class);
                    String applicant = rs.getString("applicant");
                    String detail = rs.getString("procedure_name") + (applicant.isEmpty() ? "" : " · " + applicant)
                            + " · " + DAY.format(received);
                    String href = UriComponentsBuilder.fromPath("/dossiers/list").queryParam("period", received.getYear())
                            .queryParam("filter", "RECEIVED").queryParam("q", code).encode().build().toUriString();
                    return new SearchHits.Hit(code, detail, href);
                });
    }
}
