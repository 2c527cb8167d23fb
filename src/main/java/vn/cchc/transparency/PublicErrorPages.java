package vn.cchc.transparency;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * An error that reaches the servlet container's error page from a public address (a failure no controller caught)
 * is shown on the public message page, not the app's error page, whose layout would open a session for its CSRF
 * token and link into the app. Other addresses keep the app's page (this resolver answers null for them).
 */
@Component
class PublicErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + PublicSiteSecurity.ROOT)) {
            return null;
        }
        String key = status == HttpStatus.NOT_FOUND ? "public.notFound"
                : status.is4xxClientError() ? "public.badRequest" : "public.unavailable";
        return new ModelAndView("transparency/message", Map.of("messageKey", key), status);
    }
}
