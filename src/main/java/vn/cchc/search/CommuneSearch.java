package vn.cchc.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.documents.PeriodicReportSearch;
import vn.cchc.dossier.DossierSearch;
import vn.cchc.evidence.EvidenceSearch;
import vn.cchc.org.CurrentUser;
import vn.cchc.pakn.PaknSearch;
import vn.cchc.plan.PlanSearch;
import vn.cchc.progress.UnitReportSearch;
import vn.cchc.shared.SearchHits;
import vn.cchc.shared.SearchQuery;

/** Asks each owning module for its hits of one query, kind by kind, and highlights the words in what they show. */
@Service
public class CommuneSearch {

    /** Hits per kind on the overview; "see all" shows up to {@link #ALL} of one kind. */
    static final int FEW = 5;
    static final int ALL = 100;

    public record Result(List<Highlight.Piece> title, List<Highlight.Piece> detail, String href) {
    }

    public record Group(SearchKind kind, long total, List<Result> results) {
        public boolean more() {
            return total > results.size();
        }
    }

    private final PlanSearch plans;
    private final UnitReportSearch unitReports;
    private final PeriodicReportSearch periodicReports;
    private final EvidenceSearch evidence;
    private final DossierSearch dossiers;
    private final PaknSearch pakn;

    CommuneSearch(PlanSearch plans, UnitReportSearch unitReports, PeriodicReportSearch periodicReports,
                  EvidenceSearch evidence, DossierSearch dossiers, PaknSearch pakn) {
        this.plans = plans;
        this.unitReports = unitReports;
        this.periodicReports = periodicReports;
        this.evidence = evidence;
        this.dossiers = dossiers;
        this.pakn = pakn;
    }

    /** Every kind with a few hits each, or (when {@code only} is given) that kind with up to {@link #ALL}. */
    @Transactional(readOnly = true)
    public List<Group> search(CurrentUser user, SearchQuery query, SearchKind only) {
        user.requireCommune();
        List<Group> groups = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            if (only == null || only == kind) {
                SearchHits hits = hits(user, query, kind, only == null ? FEW : ALL);
                groups.add(new Group(kind, hits.total(), hits.items().stream()
                        .map(h -> new Result(Highlight.of(h.title(), query.words()),
                                Highlight.of(h.detail(), query.words()), h.href()))
                        .toList()));
            }
        }
        return groups;
    }

    private SearchHits hits(CurrentUser user, SearchQuery query, SearchKind kind, int limit) {
        return switch (kind) {
            case TASK -> plans.tasks(user, query, limit);
            case TARGET -> plans.targets(user, query, limit);
            case UNIT_REPORT -> unitReports.reports(user, query, limit);
            case PERIODIC_REPORT -> periodicReports.reports(user, query, limit);
            case EVIDENCE -> evidence.documents(user, query, limit);
            case DOSSIER -> dossiers.dossiers(user, query, limit);
            case PAKN -> pakn.items(user, query, limit);
        };
    }
}
