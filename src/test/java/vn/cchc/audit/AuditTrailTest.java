package vn.cchc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** Row changes reach the log from the database itself, with who acted, from where, and only what changed. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixture fixture;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Map<String, Object> last(String table, String action, long entity) {
        return jdbc.sql("""
                        select actor, actor_id, address, request_id, commune_id, province_id, before::text as before,
                               after::text as after from audit_log
                        where table_name = ? and action = ? and entity_id = ? order by id desc limit 1""")
                .params(table, action, Long.toString(entity)).query().singleRow();
    }

    @Test
    void anEditOfATaskRecordsOnlyTheChangedColumnOldAndNewWithTheUserAndTheAddress() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.plan(c.standingAgency(), "2026");
        long task = plans.task(c.standingAgency(), plan, "1.1", "Quý III", c.officeUnit());

        mvc.perform(post("/tasks/" + task).with(user(c.standingAgency())).with(csrf()).with(from("203.0.113.7"))
                        .param("areaCode", "III").param("code", "1.1").param("title", "Nhiệm vụ đã sửa")
                        .param("product", "Báo cáo").param("leadUnitId", Long.toString(c.officeUnit()))
                        .param("deadlinePhrase", "Quý III"))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> edit = last("plan_task", "UPDATE", task);
        assertThat(edit.get("actor")).isEqualTo(c.standingAgency().getUsername());
        assertThat(edit.get("actor_id")).isEqualTo(c.standingAgency().id());
        assertThat(edit.get("address")).isEqualTo("203.0.113.7");
        assertThat(edit.get("commune_id")).isEqualTo(c.id());
        assertThat(edit.get("province_id")).isEqualTo(c.provinceId());
        assertThat(edit.get("before")).isEqualTo("{\"title\": \"Nhiệm vụ 1.1\"}");
        assertThat(edit.get("after")).isEqualTo("{\"title\": \"Nhiệm vụ đã sửa\"}");
        assertThat(edit.get("request_id")).isNotNull();
        // the task was created outside any web request (by the test, as a job would): the system
        assertThat(last("plan_task", "INSERT", task).get("actor")).isEqualTo("system");
    }

    @Test
    void aDeleteRecordsTheWholeOldRow() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.plan(c.standingAgency(), "2026");
        long task = plans.task(c.standingAgency(), plan, "2.1", "Quý III", c.officeUnit(), c.centreUnit());

        mvc.perform(post("/tasks/" + task + "/delete").with(user(c.admin())).with(csrf()).with(from("198.51.100.9")))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> delete = last("plan_task", "DELETE", task);
        assertThat(delete.get("actor")).isEqualTo(c.admin().getUsername());
        assertThat(delete.get("address")).isEqualTo("198.51.100.9");
        assertThat(delete.get("after")).isNull();
        assertThat((String) delete.get("before")).contains("\"code\": \"2.1\"", "\"title\": \"Nhiệm vụ 2.1\"")
                .doesNotContain("search_text");
        // its coordinating unit went with it, in the same request
        String requestId = (String) delete.get("request_id");
        assertThat(jdbc.sql("select entity_id from audit_log where request_id = ? and table_name = 'plan_task_coordinator'")
                .param(requestId).query(String.class).list()).containsExactly(task + "/" + c.centreUnit());
    }

    @Test
    void aPasswordResetShowsThatTheHashChangedButNotTheHash() throws Exception {
        Fixture.Commune c = fixture.commune();
        mvc.perform(post("/org/users/" + c.viewer().id() + "/password").with(user(c.admin())).with(csrf())
                        .param("password", "matkhau-moi-456"))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> reset = last("app_user", "UPDATE", c.viewer().id());
        assertThat((String) reset.get("before")).contains("\"password_hash\": \"***\"").doesNotContain("$2a$");
        assertThat((String) reset.get("after")).contains("\"password_hash\": \"***\"").doesNotContain("$2a$");
    }

    @Test
    void theLogRefusesUpdateDeleteAndTruncate() {
        Fixture.Commune c = fixture.commune();
        plans.plan(c.standingAgency(), "2026");
        long id = jdbc.sql("select max(id) from audit_log where commune_id = ?").param(c.id()).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone else' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).satisfies(AuditTrailTest::appendOnly);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).satisfies(AuditTrailTest::appendOnly);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class).satisfies(AuditTrailTest::appendOnly);
        assertThat(jdbc.sql("select actor from audit_log where id = ?").param(id).query(String.class).single())
                .isEqualTo("system");
    }

    /**
     * The same physical connection (a pool of one) serves a web user's write, then a background job's: the job's
     * change is the system's, not that user's.
     */
    @Test
    void aBackgroundJobOnAConnectionAWebUserUsedBeforeWritesAsTheSystem() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.plan(c.standingAgency(), "2026");
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        try (HikariDataSource one = new HikariDataSource()) {
            one.setJdbcUrl(app.getJdbcUrl());
            one.setUsername(app.getUsername());
            one.setMaximumPoolSize(1);
            ActorDataSource pool = new ActorDataSource(one);

            MockHttpServletRequest post = new MockHttpServletRequest("POST", "/plans/" + plan);
            post.setRemoteAddr("203.0.113.50");
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(post));
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    c.standingAgency(), null, c.standingAgency().getAuthorities()));
            int webBackend;
            try (Connection web = pool.getConnection()) {
                webBackend = backend(web);
                update(web, "update plan set title = 'Sửa trên web' where id = " + plan);
            } finally {
                RequestContextHolder.resetRequestAttributes();
                SecurityContextHolder.clearContext();
            }

            AtomicReference<Integer> jobBackend = new AtomicReference<>();
            List<Throwable> failures = new ArrayList<>();
            Thread job = new Thread(() -> {
                try (Connection background = pool.getConnection()) {
                    jobBackend.set(backend(background));
                    update(background, "update plan set title = 'Sửa bởi tác vụ nền' where id = " + plan);
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            job.start();
            job.join();
            assertThat(failures).isEmpty();
            assertThat(jobBackend.get()).isEqualTo(webBackend);
        }
        List<String> actors = jdbc.sql("""
                        select actor || ' ' || coalesce(address, '-') from audit_log
                        where table_name = 'plan' and entity_id = ? and action = 'UPDATE' order by id""")
                .param(Long.toString(plan)).query(String.class).list();
        assertThat(actors).containsExactly(c.standingAgency().getUsername() + " 203.0.113.50", "system -");
    }

    @Test
    void aReadTakesItsConnectionAsItIsWithoutTellingTheDatabaseAnything() throws Exception {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/plans")));
        try (Connection read = dataSource.getConnection()) {
            assertThat(Proxy.isProxyClass(read.getClass())).isFalse();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void everyTableTheFilterOffersHasTheAuditTriggerAndNoOtherTableHasIt() {
        List<String> triggered = jdbc.sql("""
                        select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                        where t.tgname = 'audit_row' and not t.tgisinternal""")
                .query(String.class).list();
        assertThat(triggered).containsExactlyInAnyOrderElementsOf(AuditFilter.TABLES);
    }

    private static void appendOnly(Throwable refusal) {
        assertThat(((DataAccessException) refusal).getMostSpecificCause().getMessage()).contains("append-only");
    }

    private static int backend(Connection connection) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void update(Connection connection, String sql) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
