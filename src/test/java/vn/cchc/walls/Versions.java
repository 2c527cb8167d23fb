package vn.cchc.walls;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current version of the record a route saves, for its optimistic-lock field: a stale version would have every
 * save refused before the value under test is even looked at.
 */
@Component
class Versions {

    private record Rule(String prefix, String variable, String table) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/progress/reports/{id}/lines/", "itemId", "unit_report_item"),
            new Rule("/progress/reports/", "id", "unit_report"),
            new Rule("/parindex/items/", "itemId", "assessment_item"),
            new Rule("/parindex/assessments/", "id", "assessment"));

    private final JdbcClient jdbc;

    Versions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code version} → the record's version now, for routes that take one; else nothing. */
    Map<String, String> of(Route route, FullCommune c) {
        if (RouteRequests.inputs(route).stream().noneMatch(i -> i.name().equals("version"))) {
            return Map.of();
        }
        Rule rule = RULES.stream().filter(r -> route.pattern().startsWith(r.prefix())).findFirst()
                .orElseThrow(() -> new IllegalStateException(route + " takes a version: name its record in Versions"));
        long id = RouteIds.of(route, rule.variable(), c).orElseThrow();
        return Map.of("version", jdbc.sql("select version from " + rule.table() + " where id = ?").param(id)
                .query(String.class).single());
    }
}
