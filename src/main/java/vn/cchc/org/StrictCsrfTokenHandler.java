package vn.cchc.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring's BREACH-safe token handling with two refusals of its own: a token in the query string is ignored (it
 * leaks into logs, history and Referer headers), and a forged token that does not decode is refused as invalid
 * (403) instead of failing the request with 500.
 */
final class StrictCsrfTokenHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    StrictCsrfTokenHandler() {
        delegate.setSecureRandom(new PerThreadSecureRandom());
    }

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

    /** Names are compared decoded: "?%5Fcsrf=…" is the same parameter to Tomcat. */
    private static boolean inQueryString(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String raw = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (name.equals(URLDecoder.decode(raw, StandardCharsets.UTF_8))) {
                    return true;
                }
            } catch (IllegalArgumentException undecodable) {
                // Tomcat skips a parameter it cannot decode, so it cannot carry the token either.
            }
        }
        return false;
    }
}
