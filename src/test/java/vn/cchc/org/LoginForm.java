package vn.cchc.org;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Logs in through the real login form from a given client address and tells where the login sends the browser. */
final class LoginForm {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private LoginForm() {
    }

    static String login(MockMvc mvc, String username, String password, String from) throws Exception {
        return login(mvc, username, password, from, new MockHttpSession());
    }

    static String login(MockMvc mvc, String username, String password, String from, MockHttpSession session)
            throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                        .param("password", password).with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    /** An IPv4 address no other test logs in from, so no test's failures throttle another's. */
    static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.11." + (n / 250) + "." + (n % 250 + 1);
    }

    /** An IPv6 /64 network no other test logs in from, as its first four groups ("2001:db8:7:1"). */
    static String newIpv6Network() {
        return "2001:db8:" + Integer.toHexString(ADDRESSES.getAndIncrement()) + ":1";
    }
}
