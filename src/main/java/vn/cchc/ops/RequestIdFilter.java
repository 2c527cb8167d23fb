package vn.cchc.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.shared.RequestIds;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} (a proxy's, another service's) when it is short and
 * plain, else a new one. It is in the logging context for every line logged while the request runs (the
 * {@code requestId} field of a JSON line, {@code [id]} in plain text) and goes back in the response header, so a
 * user's report of a failure and the log lines about it can be matched.
 */
final class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = RequestIds.LOG_KEY;
    /** Letters, digits and {@code - _ . :} only, at most 64: nothing that could forge a log line or fill a disk. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request.getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String idOf(String given) {
        return given != null && SANE.matcher(given).matches() ? given : RequestIds.newId();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
