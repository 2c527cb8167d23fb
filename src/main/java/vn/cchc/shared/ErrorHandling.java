package vn.cchc.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input never becomes a 500: malformed parameters answer 400, and a constraint the database caught (e.g. two
 * users saving the same task code at once) answers 409. The status is rendered by the error page.
 */
@ControllerAdvice
class ErrorHandling {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void badParameter(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    void conflict(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
