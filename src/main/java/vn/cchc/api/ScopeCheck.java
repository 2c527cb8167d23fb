package vn.cchc.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks, before any /api handler runs, that a key request reaches only an endpoint marked {@link RequiresScope}
 * whose scope the key holds, and that a signed-in browser session does not reach the key-only endpoints (they read
 * on the key's commune's behalf, not the user's).
 */
class ScopeCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ApiClient client = auth != null && auth.getPrincipal() instanceof ApiClient c ? c : null;
        RequiresScope needed = handler instanceof HandlerMethod m ? m.getMethodAnnotation(RequiresScope.class) : null;
        if (client == null) {
            if (needed != null) {
                throw new ApiRefusal(403, "api.keyRequired");
            }
            return true;
        }
        if (!(handler instanceof HandlerMethod)) {
            return true;   // no controller: the framework's 404 or 405, made problem+json by ApiKeyFilter
        }
        if (needed == null) {
            throw new ApiRefusal(403, "api.notForKeys");
        }
        if (!client.scopes().contains(needed.value())) {
            throw new ApiRefusal(403, "api.scopeMissing", needed.value().code());
        }
        return true;
    }

    /** Refusals raised here for handlers of other modules (and static resources) too, which ApiErrors does not cover. */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Refusals {

        private final ApiProblems problems;

        Refusals(ApiProblems problems) {
            this.problems = problems;
        }

        @ExceptionHandler(ApiRefusal.class)
        ProblemDetail refused(ApiRefusal e, HttpServletRequest request) {
            return problems.of(e, request);
        }
    }
}
