package vn.cchc.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.TooLarge;

/**
 * Every refusal of this module's endpoints as problem+json (before the app's error pages, which only the browser
 * reads): bad input 400 or 422, another commune's or a missing record 404, a clash 409, too much 413. Never a 500
 * for bad input. ({@link ApiRefusal} itself is answered by {@link ScopeCheck.Refusals}.)
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e, HttpServletRequest request) {
        InvalidInput.Problem first = e.problems().get(0);
        List<Map<String, Object>> fields = e.problems().stream()
                .map(p -> Map.<String, Object>of("field", p.field(), "message",
                        problems.text(p.messageKey(), p.args(), p.messageKey(), request)))
                .toList();
        return problems.of(422, first.messageKey(), first.args(), fields, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(HttpServletRequest request) {
        return problems.of(404, "api.notFound", null, List.of(), request);
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e, HttpServletRequest request) {
        return problems.of(409, e.messageKey(), e.args(), List.of(), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail clash(HttpServletRequest request) {
        return problems.of(409, "api.conflict", null, List.of(), request);
    }

    @ExceptionHandler(TooLarge.class)
    ProblemDetail tooLarge(TooLarge e, HttpServletRequest request) {
        return problems.of(413, e.messageKey(), e.args(), List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(HttpServletRequest request) {
        return problems.of(403, "api.forbidden", null, List.of(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        // the JSON path of the bad value ("dossiers[3].fee") when Jackson knows it
        String at = e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                ? " (" + path(m.getPath()) + ")" : "";
        return problems.of(400, "api.badJson", new Object[] {at}, List.of(), request);
    }

    private static String path(List<com.fasterxml.jackson.databind.JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (var r : refs) {
            if (r.getFieldName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return s.toString();
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail notJson(HttpServletRequest request) {
        return problems.of(415, "api.notJson", null, List.of(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problems.of(400, "api.badParameter", new Object[] {e.getName()}, List.of(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problems.of(400, "api.missingParameter", new Object[] {e.getParameterName()}, List.of(), request);
    }
}
