package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.SearchHits;
import vn.cchc.shared.SearchQuery;

/**
 * The commune-wide search over plans' tasks and targets, on the folded {@code search_text} the repository keeps
 * (code, title or text, product and deadline phrase). As on the plan's pages, a draft plan's tasks and targets
 * are found only by those who see drafts.
 */
@Component
public class PlanSearch {

    private final JdbcClient jdbc;

    PlanSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SearchHits tasks(CurrentUser user, SearchQuery query, int limit) {
        return SearchHits.query(jdbc, """
                select t.id, t.code, t.title, p.title as plan_title, count(*) over () as total
                from plan_task t join plan p on p.id = t.plan_id
                where t.commune_id = ? and (p.status <> 'DRAFT' or ?) and""" + " " + query.allWordsIn("t.search_text") + """
                 order by p.period_code desc, t.plan_id desc, t.ordinal, t.id limit ?""",
                query.bind(limit, user.requireCommune(), user.seesDraftPlans()),
                (rs, n) -> new SearchHits.Hit(rs.getString("code") + ". " + rs.getString("title"),
                        rs.getString("plan_title"), "/tasks/" + rs.getLong("id")));
    }

    public SearchHits targets(CurrentUser user, SearchQuery query, int limit) {
        return SearchHits.query(jdbc, """
                select t.plan_id, t.code, t.text, p.title as plan_title, count(*) over () as total
                from plan_target t join plan p on p.id = t.plan_id
                where t.commune_id = ? and (p.status <> 'DRAFT' or ?) and""" + " " + query.allWordsIn("t.search_text") + """
                 order by p.period_code desc, t.plan_id desc, t.ordinal, t.id limit ?""",
                query.bind(limit, user.requireCommune(), user.seesDraftPlans()),
                (rs, n) -> new SearchHits.Hit(rs.getString("code") + ". " + rs.getString("text"),
                        rs.getString("plan_title"), "/plans/" + rs.getLong("plan_id") + "#targets"));
    }
}
