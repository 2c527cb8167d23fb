package vn.cchc.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database is away (restarted, unreachable), every request answers 503 with a short page of its own and
 * a Retry-After, instead of a 500 and a stack trace in the log for each request; the app needs no restart when the
 * database returns (the connection pool replaces its broken connections). Runs before the session store, which
 * is in the database too, and renders no template (the layout reads the database).
 */
class DatabaseDownFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDownFilter.class);

    private final MessageSource messages;
    private final LocaleResolver languages;
    private volatile long loggedAt;

    DatabaseDownFilter(MessageSource messages, LocaleResolver languages) {
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!databaseAway(e) || response.isCommitted()) {
                throw e;
            }
            logOncePerMinute(e);
            answer(request, response);
        }
    }

    /**
     * A connection that could not be had or broke: not a fault of the request. A statement that broke on a dead
     * pooled connection is then rolled back on that same connection, which fails too; the rollback's exception
     * hides the first one as its "application exception", outside the cause chain.
     */
    static boolean databaseAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && databaseAway(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private void logOncePerMinute(Exception e) {
        long now = System.currentTimeMillis();
        if (now - loggedAt > 60_000) {
            loggedAt = now;
            log.error("The database cannot be reached; requests answer 503 until it returns: {}", e.toString());
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = languages.resolveLocale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("instances.dbDown.title", null, locale));
        String hint = HtmlUtils.htmlEscape(messages.getMessage("instances.dbDown.hint", null, locale));
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + hint + "</p></main></body></html>");
    }
}
