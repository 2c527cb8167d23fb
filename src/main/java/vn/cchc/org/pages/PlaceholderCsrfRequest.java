package vn.cchc.org.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** A request whose CSRF token renders as {@link CachedPage#TOKEN_MARK}, so that the rendered page can be kept. */
final class PlaceholderCsrfRequest extends HttpServletRequestWrapper {

    PlaceholderCsrfRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Object getAttribute(String name) {
        Object value = super.getAttribute(name);
        if (value instanceof CsrfToken real) {
            return new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), CachedPage.TOKEN_MARK);
        }
        return value;
    }
}
