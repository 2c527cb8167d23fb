package vn.cchc.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input never becomes a 500: malformed parameters answer 400, and a constraint the database caught (e.g. two
 * users saving the same task code at once) answers 409. Refusals that carry a message key are shown on the error
 * page in the user's language.
 */
@ControllerAdvice
class ErrorHandling {

    private final long maxUploadBytes;

    ErrorHandling(org.springframework.core.env.Environment env) {
        this.maxUploadBytes = org.springframework.util.unit.DataSize
                .parse(env.getProperty("spring.servlet.multipart.max-file-size", "20MB")).toBytes();
    }

    /** A page shows which value was malformed, with the menu; the JSON API keeps its plain 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                              HttpServletResponse response) throws IOException {
        return badValue(e.getName(), request, response);
    }

    /** A field name no form of ours sends ("receivedOn.x", "lines[1].file.x", "attach[300]") cannot even be bound. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView badFieldName(InvalidPropertyException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return badValue(e.getPropertyName(), request, response);
    }

    private static ModelAndView badValue(String name, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return new ModelAndView();
        }
        return page(response, 400, "error.badParameter", new Object[] {name});
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    /**
     * The database cannot be reached (restarted, network cut): 503 with a message that says nothing was done, and a
     * hint to retry; the pool gives up after its connection timeout, so the page comes within seconds.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ModelAndView databaseUnavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        DatabaseUnavailableFilter.logOutage(request, e);
        response.setHeader("Retry-After", "30");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return new ModelAndView();
        }
        return page(response, 503, DatabaseUnavailableFilter.PROBLEM, null);
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView refused(InvalidInput e, HttpServletResponse response) {
        InvalidInput.Problem first = e.problems().get(0);
        return page(response, 422, first.messageKey(), first.args());
    }

    @ExceptionHandler(Conflict.class)
    ModelAndView changedMeanwhile(Conflict e, HttpServletResponse response) {
        return page(response, 409, e.messageKey(), e.args());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        return page(response, 413, "upload.tooLarge", new Object[] {Formats.megabytes(maxUploadBytes)});
    }

    @ExceptionHandler(TooLarge.class)
    ModelAndView tooLarge(TooLarge e, HttpServletResponse response) {
        return page(response, 413, e.messageKey(), e.args());
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView brokenUpload(HttpServletResponse response) {
        return page(response, 400, "upload.broken", null);
    }

    private static ModelAndView page(HttpServletResponse response, int status, String key, Object[] args) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", status);
        view.addObject("problem", key);
        view.addObject("problemArgs", args);
        return view;
    }
}
