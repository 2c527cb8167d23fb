package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * lock, the admin's password reset or enabling unlocks it; thirty failures from one address (an IPv6 /64) throttle
 * that address whatever username it tries.
 */
@IntegrationTest
class LoginThrottleTest {

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

    @Test
    void theAdminsPasswordResetUnlocksAnAccountThatWrongPasswordsLocked() throws Exception {
        String username = c.unitStaff().getUsername();
        for (int i = 1; i <= 5; i++) {
            login(username, "sai-" + i, address);
        }
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(post("/org/users/" + c.unitStaff().id() + "/password").with(user(c.admin())).with(csrf())
                .param("password", "mat-khau-moi-2026")).andExpect(redirectedUrl("/org/users"));
        assertThat(login(username, "mat-khau-moi-2026", address)).isEqualTo("/");
    }

    @Test
    void enablingAUserAgainUnlocksTheirAccount() throws Exception {
        String username = c.unitHead().getUsername();
        for (int i = 1; i <= 5; i++) {
            login(username, "sai-" + i, address);
        }
        clock.advance(Duration.ofMinutes(1));
        for (boolean enabled : new boolean[] {false, true}) {
            mvc.perform(post("/org/users/" + c.unitHead().id() + "/enabled").with(user(c.admin())).with(csrf())
                    .param("enabled", String.valueOf(enabled))).andExpect(redirectedUrl("/org/users"));
        }
        assertThat(login(username, Fixture.PASSWORD, address)).isEqualTo("/");
    }

    /**
     * A client may use any address of its IPv6 /64. The address throttle doubles only while the failures that started
     * it are less than an hour old: 5, 10, 20, 40 minutes, then the hour's failures are gone (README, security.md).
     */
    @Test
    void failuresAnywhereInOneIpv6Slash64ThrottleItUntilTheyAreAnHourOld() throws Exception {
        String network = LoginForm.newIpv6Network();
        for (int i = 1; i <= 29; i++) {
            assertThat(login(c.tag() + ".v6-" + i, "sai", network + ":" + Integer.toHexString(i) + ":0:0:1"))
                    .isEqualTo("/login?error");
        }
        assertThat(login(c.tag() + ".v6-30", "sai", network + ":ffff::30")).isEqualTo("/login?throttled=5");
        assertThat(login(c.viewer().getUsername(), Fixture.PASSWORD, network + "::abcd"))
                .isEqualTo("/login?throttled=5");
        assertThat(login(c.viewer().getUsername(), Fixture.PASSWORD, LoginForm.newIpv6Network() + "::abcd"))
                .isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from login_attempt where address = ? and outcome = 'FAILED'")
                .param(network + "::/64").query(Integer.class).single()).isEqualTo(30);
        for (int minutes : new int[] {5, 10, 20}) {
            clock.advance(Duration.ofMinutes(minutes));
            assertThat(login(c.tag() + ".v6-lai", "sai", network + "::1")).isEqualTo("/login?throttled=" + minutes * 2);
        }
        clock.advance(Duration.ofMinutes(40));
        assertThat(login(c.tag() + ".v6-lai", "sai", network + "::1")).isEqualTo("/login?error");
    }

    @Test
    void theLoginPageShowsNoLockTimeBeyondTheLongestLock() throws Exception {
        mvc.perform(get("/login?locked=600")).andExpect(content().string(containsString("thử lại sau 600 phút")));
        mvc.perform(get("/login?locked=99999")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("99999"))))
                .andExpect(content().string(not(containsString("Tài khoản tạm khóa"))));
        mvc.perform(get("/login?throttled=1441")).andExpect(content().string(not(containsString("1441"))));
        mvc.perform(get("/login?throttled=0")).andExpect(content().string(not(containsString("thử lại sau"))));
        mvc.perform(get("/login?locked=-5")).andExpect(content().string(not(containsString("thử lại sau"))));
    }

    private String login(String username, String password, String from) throws Exception {
        return LoginForm.login(mvc, username, password, from);
    }

    private String login(String username, String password, String from, MockHttpSession session) throws Exception {
        return LoginForm.login(mvc, username, password, from, session);
    }

    private static String newAddress() {
        return LoginForm.newAddress();
    }
}
