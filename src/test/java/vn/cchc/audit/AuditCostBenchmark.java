package vn.cchc.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/**
 * What the audit costs a write (docs/audit.md): a task update with and without its trigger, one statement over many
 * rows, and a write request's connection (told and cleared) against a read's. Run by hand:
 * {@code ./mvnw -o test -Dbench.excluded=none -Dtest=AuditCostBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class AuditCostBenchmark {

    private static final int ROWS = 2_000;
    private static final int ROUNDS = 3;

    @Autowired
    Fixture fixture;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void measure() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.plan(c.standingAgency(), "2026");
        long first = plans.task(c.standingAgency(), plan, "0", "Quý III", c.officeUnit());
        jdbc.sql("""
                        insert into plan_task (plan_id, commune_id, area_code, code, title, lead_unit_id, deadline_phrase,
                                               deadline_rule, ordinal)
                        select plan_id, commune_id, area_code, 'B' || n, 'Nhiệm vụ ' || n, lead_unit_id, deadline_phrase,
                               deadline_rule, n
                        from plan_task, generate_series(1, ?) n where id = ?""").params(ROWS - 1, first).update();
        for (int round = 0; round < ROUNDS; round++) {
            report("one update per statement, audited", singleUpdates(plan, "a" + round));
            jdbc.sql("alter table plan_task disable trigger audit_row").update();
            try {
                report("one update per statement, no trigger", singleUpdates(plan, "b" + round));
                report("one statement over " + ROWS + " rows, no trigger", bulk(plan, "c" + round) / ROWS);
            } finally {
                jdbc.sql("alter table plan_task enable trigger audit_row").update();
            }
            report("one statement over " + ROWS + " rows, audited", bulk(plan, "d" + round) / ROWS);
            report("connection for a read (GET)", checkouts("GET"));
            report("connection for a write request (POST: told, then cleared)", checkouts("POST"));
        }
    }

    private double singleUpdates(long plan, String tag) throws Exception {
        long[] ids = jdbc.sql("select id from plan_task where plan_id = ? order by id").param(plan).query(Long.class)
                .list().stream().mapToLong(Long::longValue).toArray();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update plan_task set title = ? where id = ?")) {
            long start = System.nanoTime();
            for (long id : ids) {
                update.setString(1, "Nhiệm vụ " + tag + id);
                update.setLong(2, id);
                update.executeUpdate();
            }
            return (System.nanoTime() - start) / 1000.0 / ids.length;
        }
    }

    private double bulk(long plan, String tag) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement update = connection.createStatement()) {
            long start = System.nanoTime();
            update.executeUpdate("update plan_task set title = title || '" + tag + "' where plan_id = " + plan);
            return (System.nanoTime() - start) / 1000.0;
        }
    }

    private double checkouts(String method) throws Exception {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/x")));
        try {
            long start = System.nanoTime();
            for (int i = 0; i < ROWS; i++) {
                try (Connection connection = dataSource.getConnection()) {
                    connection.isValid(0);
                }
            }
            return (System.nanoTime() - start) / 1000.0 / ROWS;
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static void report(String what, double microseconds) {
        System.out.printf("AUDIT-COST %-60s %8.1f µs%n", what, microseconds);
    }
}
