package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.shared.Timestamps;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Logins an attacker shapes: usernames the database cannot store, many guesses at once, guesses that keep coming
 * during a lock. Each is answered by the login page, and no more passwords are checked than the locks allow.
 */
@IntegrationTest
class HostileLoginTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired LoginThrottle throttle;

    Fixture.Commune c;
    String address;

    @BeforeEach
    void setUp() {
        clock.reset();
        c = fixture.commune();
        address = LoginForm.newAddress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNulInTheUsernameIsAnsweredByTheLoginPageWithTheUsualMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(LoginForm.login(mvc, c.tag() + "\u0000nul", "sai", address, session)).isEqualTo("/login?error");
        mvc.perform(get("/login?error").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu.")))
                .andExpect(content().string(containsString("value=\"" + c.tag() + "nul\"")));
        assertThat(outcomesOf(c.tag() + "nul")).containsExactly("FAILED");
    }

    @Test
    void aHundredThousandCharacterUsernameIsAnsweredByTheLoginPageWithTheUsualMessage() throws Exception {
        String typed = c.tag() + "x".repeat(100_000);
        MockHttpSession session = new MockHttpSession();
        assertThat(LoginForm.login(mvc, typed, "sai", address, session)).isEqualTo("/login?error");
        mvc.perform(get("/login?error").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu.")))
                .andExpect(content().string(containsString("value=\"" + typed.substring(0, 200) + "\"")));
        assertThat(outcomesOf(typed.substring(0, 200))).containsExactly("FAILED");
    }

    /** Five failures lock: twelve wrong guesses at once must not all have their password checked. */
    @Test
    void twelveWrongPasswordsAtOnceGetNoMorePasswordChecksThanTheLockAllows() throws Exception {
        String username = c.standingAgency().getUsername();
        List<String> answers = atOnce(12, i -> LoginForm.login(mvc, username, "sai-" + i, address));
        assertThat(answers).allMatch(answer -> answer.equals("/login?error") || answer.equals("/login?locked=5"))
                .contains("/login?locked=5");
        assertThat(jdbc.sql("select count(*) from login_attempt where username = ? and outcome = 'FAILED'")
                .param(username).query(Integer.class).single()).isEqualTo(5);
        assertThat(LoginForm.login(mvc, username, Fixture.PASSWORD, address)).isEqualTo("/login?locked=5");
    }

    /** With 29 failures from the address, of eight guesses at once at other usernames only one is checked. */
    @Test
    void guessesAtOnceFromOneAddressGetNoMorePasswordChecksThanItsThrottleAllows() throws Exception {
        for (int i = 1; i <= 29; i++) {
            storeAttempt(c.tag() + ".truoc-" + i, address, "FAILED", clock.instant());
        }
        List<String> answers = atOnce(8, i -> LoginForm.login(mvc, c.tag() + ".cung-luc-" + i, "sai", address));
        assertThat(answers).containsOnly("/login?throttled=5");
        assertThat(jdbc.sql("select count(*) from login_attempt where address = ? and outcome = 'FAILED'")
                .param(address).query(Integer.class).single()).isEqualTo(30);
    }

    @Test
    void guessesRefusedByAnAccountLockAreStoredOncePerLock() throws Exception {
        String username = c.leader().getUsername();
        for (int i = 1; i <= 5; i++) {
            LoginForm.login(mvc, username, "sai-" + i, address);
        }
        for (int i = 1; i <= 10; i++) {
            assertThat(LoginForm.login(mvc, username, "khoa-" + i, LoginForm.newAddress()))
                    .isEqualTo("/login?locked=5");
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(LoginForm.login(mvc, username, "sai-6", address)).isEqualTo("/login?locked=10");
        for (int i = 1; i <= 3; i++) {
            assertThat(LoginForm.login(mvc, username, Fixture.PASSWORD, address)).isEqualTo("/login?locked=10");
        }
        assertThat(outcomesOf(username)).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "LOCKED",
                "FAILED", "LOCKED");
    }

    @Test
    void guessesRefusedByAnAddressThrottleAreStoredOncePerThrottle() throws Exception {
        for (int i = 1; i <= 30; i++) {
            storeAttempt(c.tag() + ".truoc-" + i, address, "FAILED", clock.instant());
        }
        for (int i = 1; i <= 10; i++) {
            assertThat(LoginForm.login(mvc, c.tag() + ".sau-" + i, "sai", address)).isEqualTo("/login?throttled=5");
        }
        assertThat(jdbc.sql("select count(*) from login_attempt where address = ? and outcome = 'LOCKED'")
                .param(address).query(Integer.class).single()).isEqualTo(1);
    }

    /** No guess is stored for ever: whatever is older than 90 days counts for no lock and goes every night. */
    @Test
    void attemptsOlderThanNinetyDaysAreForgotten() {
        storeAttempt(c.tag() + ".cu", address, "FAILED", clock.instant().minus(Duration.ofDays(91)));
        storeAttempt(c.tag() + ".cu", address, "LOCKED", clock.instant().minus(Duration.ofDays(90).plusMinutes(1)));
        storeAttempt(c.tag() + ".moi", address, "FAILED", clock.instant().minus(Duration.ofDays(89)));
        throttle.forgetOldAttempts();
        assertThat(jdbc.sql("select username from login_attempt where address = ?").param(address)
                .query(String.class).list()).containsExactly(c.tag() + ".moi");
    }

    private interface Login {
        String answer(int i) throws Exception;
    }

    /** Runs the logins in parallel threads, released together, and returns their answers. */
    private static List<String> atOnce(int count, Login login) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int n = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return login.answer(n);
                }));
            }
            start.countDown();
            List<String> result = new ArrayList<>();
            for (Future<String> answer : answers) {
                result.add(answer.get());
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    private List<String> outcomesOf(String username) {
        return jdbc.sql("select outcome from login_attempt where username = ? order by id").param(username)
                .query(String.class).list();
    }

    /** Stored in microseconds, as the throttle stores them: PostgreSQL would round a finer instant up. */
    private void storeAttempt(String username, String from, String outcome, Instant at) {
        jdbc.sql("insert into login_attempt (username, address, attempted_at, outcome) values (?, ?, ?, ?)")
                .params(username, from, Timestamps.utc(at.truncatedTo(ChronoUnit.MICROS)), outcome).update();
    }
}
