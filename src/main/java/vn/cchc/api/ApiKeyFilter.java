package vn.cchc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.shared.AuditNote;

/**
 * Authenticates a request by its key ({@code Authorization: Bearer} or {@code X-API-Key}): an unknown, revoked or
 * expired key 401, a body over the limit 413, a key past its rate 429 with Retry-After. An accepted request is
 * published once as an {@code API_KEY_USED} audit note (refusals before that are not: a flood must not flood the
 * audit log too).
 */
class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final RateLimits limits;
    private final ApiProblems problems;
    private final ApplicationEventPublisher events;
    private final long maxBodyBytes;

    ApiKeyFilter(ApiKeys keys, RateLimits limits, ApiProblems problems, ApplicationEventPublisher events,
                 long maxBodyBytes) {
        this.keys = keys;
        this.limits = limits;
        this.problems = problems;
        this.events = events;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The key the request presents, if any: the chain is only used for requests that present one. */
    static Optional<String> presented(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).trim());
        }
        return Optional.ofNullable(request.getHeader("X-API-Key")).map(String::trim);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiKeys.Check check = keys.authenticate(presented(request).orElse(null), request.getRemoteAddr());
        if (check.client() == null) {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, 401, check.refusal());
            return;
        }
        ApiClient client = check.client();
        if (request.getContentLengthLong() > maxBodyBytes) {
            problems.write(request, response, 413, "api.bodyTooLarge");
            return;
        }
        long wait = limits.take(client.keyId());
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            problems.write(request, response, 429, "api.tooManyRequests");
            return;
        }
        events.publishEvent(new AuditNote("API_KEY_USED", client.communeId(), client.actor(),
                request.getMethod() + " " + request.getRequestURI(), null));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(client, null, client.scopes().stream()
                .map(s -> new SimpleGrantedAuthority("SCOPE_" + s.code())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, new ProblemOnError(request, response, problems));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Turns the framework's bare {@code sendError} (no handler for the path, a method not allowed, a parameter the
     * app's own handling refuses) into the same problem+json as every other refusal a key gets.
     */
    private static final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ApiProblems problems;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response, ApiProblems problems) {
            super(response);
            this.request = request;
            this.problems = problems;
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            problems.write(request, (HttpServletResponse) getResponse(), status,
                    status == 404 ? "api.notFound" : "api.problem." + status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }
    }
}
