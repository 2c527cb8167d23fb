package vn.cchc.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The database unreachable in a filter (the session's security-stamp check runs on every request, before any
 * controller): without this the failure reached the container as a 500 with a stack trace in the log per request.
 * It answers 503 with the error page's database message (controllers' failures get the same from
 * {@link ErrorHandling}) and logs one line. The page is rendered here, not through the container's error dispatch:
 * that dispatch fills the layout's model from the database and waited a second connection timeout.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final String PROBLEM = "error.databaseUnavailable";

    private final ViewResolver views;
    private final LocaleResolver languages;

    DatabaseUnavailableFilter(@Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver languages) {
        this.views = views;
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isDatabaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            logOutage(request, e);
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getOutputStream().write("{\"status\":503,\"error\":\"Service Unavailable\"}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, languages);
            View page = views.resolveViewName("error", languages.resolveLocale(request));
            page.render(Map.of("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem", PROBLEM), request,
                    response);
        } catch (Exception e) {
            throw new IOException("the error page could not be rendered", e);
        }
    }

    /** Connection refused, timed out waiting for one, or dropped mid-query by a restarting server. */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    static void logOutage(HttpServletRequest request, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        log.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
                root.getMessage());
    }
}
