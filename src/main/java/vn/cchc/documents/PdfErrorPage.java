package vn.cchc.documents;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A PDF that could not be made answers the error page with the reason, never a bare 500. */
@ControllerAdvice
class PdfErrorPage {

    @ExceptionHandler(PdfUnavailable.class)
    ModelAndView unavailable(PdfUnavailable e, HttpServletResponse response) {
        response.setStatus(e.status());
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", e.status());
        view.addObject("problem", e.messageKey());
        view.addObject("problemArgs", e.args());
        return view;
    }
}
