package vn.cchc.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.CleanText;
import vn.cchc.shared.RequestIds;

/**
 * Who acts in this thread's web request, as the audit log names them: the signed-in username (or another
 * authentication's name, e.g. an API key's), else "anonymous"; the client address and an id shared by every entry
 * of the request.
 */
record WebActor(String name, Long userId, String address, String requestId) {

    /** Methods that may write: only their connections are told who acts (no extra round trip on reads). */
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String REQUEST_ID = WebActor.class.getName() + ".requestId";

    /** The actor of the current request if it may write, else null (a read, or no request: the system). */
    static WebActor ofWriteRequest() {
        HttpServletRequest request = currentRequest();
        return request == null || !WRITES.contains(request.getMethod()) ? null : of(request);
    }

    static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    static WebActor of(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = "anonymous";
        Long userId = null;
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            name = user.getUsername();
            userId = user.id();
        } else if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            name = CleanText.clean(auth.getName(), 200);
        }
        return new WebActor(name, userId, address(request), requestId(request));
    }

    /** The client's address as the servlet container sees it (behind a proxy: see forward-headers-strategy). */
    static String address(HttpServletRequest request) {
        return CleanText.clean(request.getRemoteAddr(), 64);
    }

    /** The id the request's log lines carry; an id of its own only where no logging context has one. */
    static String requestId(HttpServletRequest request) {
        String logged = RequestIds.current();
        if (logged != null) {
            return logged;
        }
        Object id = request.getAttribute(REQUEST_ID);
        if (id == null) {
            id = RequestIds.newId();
            request.setAttribute(REQUEST_ID, id);
        }
        return id.toString();
    }
}
