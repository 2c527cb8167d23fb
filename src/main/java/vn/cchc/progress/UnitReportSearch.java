package vn.cchc.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.SearchHits;
import vn.cchc.shared.SearchQuery;

/**
 * The commune-wide search over units' progress reports: the unit's name, the plan's title, the period code and
 * what the report's lines say (their {@code search_text}, folded by the database when a line is written; the names
 * and the title are folded by {@code cchc_fold} at query time, a handful of short texts). Who sees a report follows {@link ReportAccess#readable}: coordinators every unit's, unit users
 * their own unit's.
 */
@Component
public class UnitReportSearch {

    private final JdbcClient jdbc;

    UnitReportSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SearchHits reports(CurrentUser user, SearchQuery query, int limit) {
        Long unit = user.coordinates() ? null : user.unitId();
        if (unit == null && !user.coordinates()) {
            return SearchHits.NONE;
        }
        // Read model: the unit's name and the plan's title are part of what a report is found by.
        return SearchHits.query(jdbc, """
                select r.id, r.period_code, u.name as unit_name, p.title as plan_title, count(*) over () as total
                from unit_report r
                join org_unit u on u.id = r.unit_id and u.commune_id = r.commune_id
                join plan p on p.id = r.plan_id and p.commune_id = r.commune_id
                cross join lateral (select concat_ws(' ', cchc_fold(concat_ws(' ', u.name, p.title, r.period_code)),
                        (select string_agg(i.search_text, ' ') from unit_report_item i
                         where i.report_id = r.id)) as folded) f
                where r.commune_id = ? and (cast(? as bigint) is null or r.unit_id = ?)
                  and""" + " " + query.allWordsIn("f.folded") + """
                 order by r.period_code desc, u.name, r.id limit ?""",
                query.bind(limit, user.requireCommune(), unit, unit),
                (rs, n) -> new SearchHits.Hit(rs.getString("unit_name") + " — " + period(rs.getString("period_code")),
                        rs.getString("plan_title"), "/progress/reports/" + rs.getLong("id")));
    }

    /** "Quý III/2026" for a regular period; an ad-hoc request's own code as it is. */
    private static String period(String code) {
        try {
            return Period.parse(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
