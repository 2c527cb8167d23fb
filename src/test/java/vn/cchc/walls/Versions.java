package vn.cchc.walls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current version of the records a route saves, for its optimistic-lock fields: a stale version would have every
 * save refused before the value under test is even looked at.
 */
@Component
class Versions {

    /** Under {@code prefix}, {@code input} holds the version of the {@code table} row that {@code variable} names. */
    private record Rule(String prefix, String input, String table, String variable) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/progress/reports/", "lines[{lines}].version", "unit_report_item", "lines"),
            new Rule("/progress/reports/", "version", "unit_report", "id"),
            new Rule("/parindex/items/", "version", "assessment_item", "itemId"),
            new Rule("/parindex/assessments/", "version", "assessment", "id"),
            // A periodic report is named by its plan and type; the walls' commune has the half-year one.
            new Rule("/documents/periodic/", "version",
                    "(select plan_id as id, version from periodic_report where report_type = 'HALF_YEAR') r", "planId"));

    private final JdbcClient jdbc;

    Versions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each version input of the route → the version its record has now. */
    Map<String, String> of(Route route, FullCommune c) {
        Map<String, String> versions = new HashMap<>();
        for (Input input : RouteRequests.inputs(route)) {
            if (!input.leaf().equals("version")) {
                continue;
            }
            Rule rule = RULES.stream()
                    .filter(r -> route.pattern().startsWith(r.prefix()) && r.input().equals(input.name())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(route + " takes " + input.name()
                            + ": name its record in Versions"));
            long id = RouteIds.of(route, rule.variable(), c).orElseThrow();
            versions.put(input.name(), jdbc.sql("select version from " + rule.table() + " where id = ?").param(id)
                    .query(String.class).single());
        }
        return versions;
    }
}
