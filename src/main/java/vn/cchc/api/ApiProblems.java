package vn.cchc.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 answers of the API, in Vietnamese (the clients are Vietnamese one-stop and reporting systems) unless the
 * client's {@code Accept-Language} puts English first: {@code title} names the kind of refusal, {@code detail} says
 * what was wrong, {@code code} is the stable message key a client may branch on, {@code errors} lists a refused
 * batch's rows.
 */
@Component
class ApiProblems {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final List<Locale> OFFERED = List.of(VIETNAMESE, Locale.ENGLISH);

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiProblems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ProblemDetail of(int status, String messageKey, Object[] args, List<Map<String, Object>> errors,
                     HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(text("api.problem." + status, null, HttpStatus.valueOf(status).getReasonPhrase(), request));
        problem.setDetail(text(messageKey, args, messageKey, request));
        problem.setProperty("code", messageKey);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    ProblemDetail of(ApiRefusal refusal, HttpServletRequest request) {
        return of(refusal.status(), refusal.messageKey(), refusal.args(), refusal.errors(), request);
    }

    /** For the security filters, which answer before Spring MVC. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON.toString());   // JSON is UTF-8 by definition (RFC 8259): no charset
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), of(status, messageKey, null, List.of(), request));
    }

    String text(String key, Object[] args, String fallback, HttpServletRequest request) {
        return messages.getMessage(key, args, fallback, locale(request));
    }

    /** The data's own names (indicators, score lines): Vietnamese whatever the client's language, a stable contract. */
    String vietnamese(String key, Object[] args, String fallback) {
        return messages.getMessage(key, args, fallback, VIETNAMESE);
    }

    /** Vietnamese, unless the request's Accept-Language prefers English; a malformed header is ignored. */
    static Locale locale(HttpServletRequest request) {
        String header = request == null ? null : request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), OFFERED);
            return best == null ? VIETNAMESE : best;
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
    }
}
