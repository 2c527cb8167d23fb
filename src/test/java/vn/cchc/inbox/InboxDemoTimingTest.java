package vn.cchc.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;

/**
 * The inbox page of the demo commune Bắc Nha Trang (two plans of 51 tasks, a year of monthly reports, reports waiting
 * for review) renders fast for its busiest users: the standing agency and the service centre's head. Timed in process
 * (MockMvc, rendering included), after one warm-up request each.
 */
@SpringBootTest(properties = "cchc.demo-data=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InboxDemoTimingTest {

    private static final Logger log = LoggerFactory.getLogger(InboxDemoTimingTest.class);
    private static final int RUNS = 20;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoCommunesInboxRendersWellUnderHalfASecond() throws Exception {
        for (String username : new String[] {"bnt.vhxh", "bnt.ttpvhcc"}) {
            CurrentUser me = demoUser(username);
            String page = mvc.perform(get("/inbox").with(user(me))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            // The demo has this year's reports waiting for the standing agency, and the centre's lines due.
            assertThat(page).contains(username.equals("bnt.vhxh") ? "Báo cáo chờ duyệt" : "Việc của đơn vị đến hạn");
            long[] millis = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                mvc.perform(get("/inbox").with(user(me))).andExpect(status().isOk());
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            log.info("Inbox of {}: median {} ms, max {} ms over {} renders", username, millis[RUNS / 2],
                    millis[RUNS - 1], RUNS);
            assertThat(millis[RUNS / 2]).as("median ms for %s", username).isLessThan(500);
        }
    }

    private CurrentUser demoUser(String username) {
        return jdbc.sql("select id, full_name, role, province_id, commune_id, unit_id from app_user where username = ?")
                .param(username).query((rs, n) -> new CurrentUser(rs.getLong("id"), username, null,
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getLong("province_id"),
                        rs.getObject("commune_id", Long.class), rs.getObject("unit_id", Long.class), true))
                .single();
    }
}
