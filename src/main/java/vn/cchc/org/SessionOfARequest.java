package vn.cchc.org;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Wraps Spring Session's filter so that the session a request read is forgotten when the request ends (or any of its
 * dispatches): a pooled thread must not hand it to the next request, which reads the store afresh (a sign-out on
 * another instance is seen at once).
 */
final class SessionOfARequest implements Filter {

    private final SparseTouchSessions sessions;

    SessionOfARequest(SparseTouchSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        sessions.requestEnded();   // whatever an earlier request on this thread left
        try {
            chain.doFilter(request, response);
        } finally {
            sessions.requestEnded();
        }
    }
}
