package vn.cchc.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Spring's BREACH-safe token handling with two refusals of its own: a token in the query string is ignored (it
 * leaks into logs, history and Referer headers), and a forged token that does not decode is refused as invalid
 * (403) instead of failing the request with 500.
 */
final class StrictCsrfTokenHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        delegate.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String header = request.getHeader(token.getHeaderName());
        if (header == null && inQueryString(request, token.getParameterName())) {
            return null;
        }
        try {
            return delegate.resolveCsrfTokenValue(request, token);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }

    private static boolean inQueryString(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        return query != null && query.contains(name)
                && UriComponentsBuilder.newInstance().query(query).build().getQueryParams().containsKey(name);
    }
}
