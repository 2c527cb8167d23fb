package vn.cchc.org;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose user was disabled, got a new password or another role since it logged in: each
 * authenticated request compares the security stamp the session holds with the database's (one primary-key query,
 * so it holds across several application instances). Pages go to the login page with a message, the API gets 401.
 */
class SecurityStampFilter extends OncePerRequestFilter {

    private static final String ENDED_URL = "/login?ended";

    private final UserRepository users;
    private final RequestMatcher api;
    private final RequestMatcher staticFiles;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SecurityStampFilter(UserRepository users, RequestMatcher api, RequestMatcher staticFiles) {
        this.users = users;
        this.api = api;
        this.staticFiles = staticFiles;
    }

    /** Static files hold nothing to protect: no query for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return staticFiles.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser me && !stillValid(me)) {
            logout.logout(request, response, auth);
            if (api.matches(request)) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else if (request.getHeader("HX-Request") != null) {
                // htmx would follow a redirect and swap the login page into a fragment; it opens this one instead.
                response.setHeader("HX-Redirect", request.getContextPath() + ENDED_URL);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + ENDED_URL);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(CurrentUser me) {
        Optional<Long> stamp = users.securityStampOfEnabled(me.id());
        return stamp.isPresent() && stamp.get() == me.securityStamp();
    }
}
