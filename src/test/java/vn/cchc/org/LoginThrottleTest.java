package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Five wrong passwords in a row lock the username (known or not) for 5 minutes, each further failure doubles the
 * lock; thirty failures from one address throttle that address whatever username it tries.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    /** Each test logs in from addresses of its own, so no test's failures throttle another's. */
    String address;

    @BeforeEach
    void setUp() {
        clock.reset();
        c = fixture.commune();
        address = newAddress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightPasswordIsRefused() throws Exception {
        String username = c.unitStaff().getUsername();
        for (int i = 1; i <= 4; i++) {
            assertThat(login(username, "sai-" + i, address)).isEqualTo("/login?error");
        }
        assertThat(login(username, "sai-5", address)).isEqualTo("/login?locked=5");
        MockHttpSession session = new MockHttpSession();
        assertThat(login(username, Fixture.PASSWORD, address, session)).isEqualTo("/login?locked=5");
        mvc.perform(get("/login?locked=5").session(session))
                .andExpect(content().string(containsString(
                        "Tài khoản tạm khóa do đăng nhập sai nhiều lần, thử lại sau 5 phút.")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")));
        assertThat(jdbc.sql("select outcome from login_attempt where username = ? and address = ? order by id")
                .params(username, address).query(String.class).list())
                .containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "LOCKED");
    }

    @Test
    void theRightPasswordWorksOnceTheLockIsOverAndThenTheCountStartsAgain() throws Exception {
        String username = c.unitStaff().getUsername();
        for (int i = 1; i <= 5; i++) {
            login(username, "sai-" + i, address);
        }
        clock.advance(Duration.ofMinutes(4));
        assertThat(login(username, Fixture.PASSWORD, address)).isEqualTo("/login?locked=1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(login(username, Fixture.PASSWORD, address)).isEqualTo("/");
        for (int i = 1; i <= 4; i++) {
            assertThat(login(username, "lai-sai-" + i, address)).isEqualTo("/login?error");
        }
    }

    @Test
    void eachFailureAfterALockDoublesTheNextLock() throws Exception {
        String username = c.unitHead().getUsername();
        for (int i = 1; i <= 5; i++) {
            login(username, "sai-" + i, address);
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(login(username, "sai-6", address)).isEqualTo("/login?locked=10");
        clock.advance(Duration.ofMinutes(10));
        assertThat(login(username, "sai-7", address)).isEqualTo("/login?locked=20");
        clock.advance(Duration.ofMinutes(19));
        assertThat(login(username, Fixture.PASSWORD, address)).isEqualTo("/login?locked=1");
    }

    @Test
    void anUnknownUsernameGetsExactlyTheAnswersOfAKnownOne() throws Exception {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            known.add(login(c.leader().getUsername(), "sai-" + i, address));
            unknown.add(login(c.tag() + ".khong-co", "sai-" + i, newAddress()));
        }
        assertThat(unknown).isEqualTo(known).containsExactly("/login?error", "/login?error", "/login?error",
                "/login?error", "/login?locked=5", "/login?locked=5");
        assertThat(jdbc.sql("select count(*) from login_attempt where username = ? and outcome = 'FAILED'")
                .param(c.tag() + ".khong-co").query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void thirtyFailuresFromOneAddressAcrossUsernamesThrottleThatAddressOnly() throws Exception {
        for (int i = 1; i <= 29; i++) {
            assertThat(login(c.tag() + ".doan-" + i, "sai", address)).isEqualTo("/login?error");
        }
        assertThat(login(c.tag() + ".doan-30", "sai", address)).isEqualTo("/login?throttled=5");
        MockHttpSession session = new MockHttpSession();
        assertThat(login(c.viewer().getUsername(), Fixture.PASSWORD, address, session)).isEqualTo("/login?throttled=5");
        mvc.perform(get("/login?throttled=5").session(session)).andExpect(content().string(containsString(
                "Có quá nhiều lần đăng nhập sai từ địa chỉ này, thử lại sau 5 phút.")));
        assertThat(login(c.viewer().getUsername(), Fixture.PASSWORD, newAddress())).isEqualTo("/");
        clock.advance(Duration.ofMinutes(5));
        assertThat(login(c.viewer().getUsername(), Fixture.PASSWORD, address)).isEqualTo("/");
    }

    private String login(String username, String password, String from) throws Exception {
        return login(username, password, from, new MockHttpSession());
    }

    /** Where the login sends the browser. */
    private String login(String username, String password, String from, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                        .param("password", password).with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.11." + (n / 250) + "." + (n % 250 + 1);
    }
}
