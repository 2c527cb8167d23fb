package vn.cchc.documents;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.SearchHits;
import vn.cchc.shared.SearchQuery;

/**
 * The commune-wide search over its periodic CCHC reports: the rows of the periodic reports list (a few per plan),
 * matched in memory on the report's name, its period and the plan's title. Only those who make the commune's
 * documents see them.
 */
@Component
public class PeriodicReportSearch {

    private final PeriodicReports reports;

    PeriodicReportSearch(PeriodicReports reports) {
        this.reports = reports;
    }

    public SearchHits reports(CurrentUser user, SearchQuery query, int limit) {
        if (!user.canMakeDocuments()) {
            return SearchHits.NONE;
        }
        List<SearchHits.Hit> all = reports.list(user).stream()
                .filter(r -> query.matches(r.window().name() + " " + r.label() + " " + r.plan().title()))
                .map(r -> new SearchHits.Hit(r.window().name() + " — " + r.label(), r.plan().title(),
                        "/documents/periodic/" + r.plan().id() + "/" + r.window().code()))
                .toList();
        return new SearchHits(all.size(), all.stream().limit(limit).toList());
    }
}
