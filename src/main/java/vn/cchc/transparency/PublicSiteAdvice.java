package vn.cchc.transparency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.shared.NotFoundException;

/**
 * What every public page shares: the address of the page itself without {@code lang} (for the language switch), and
 * errors shown on the public message page with their status, so a citizen never lands on the app's own pages.
 */
@ControllerAdvice(annotations = PublicSitePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the app's ErrorHandling, which handles the same exceptions with its page
class PublicSiteAdvice {

    @ModelAttribute("selfPath")
    String selfPath(HttpServletRequest request) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getRequestURI().substring(request.getContextPath().length()));
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            b.query(request.getQueryString()).replaceQueryParam("lang");
        }
        return b.build().toUriString();
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletResponse response) {
        return message(response, 404, "public.notFound");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            PublicSearch.BadPublicParameter.class})
    ModelAndView badRequest(HttpServletResponse response) {
        return message(response, 400, "public.badRequest");
    }

    static ModelAndView message(HttpServletResponse response, int status, String key) {
        response.setStatus(status);
        PublicPages.neverStore(response);
        ModelAndView page = new ModelAndView("transparency/message");
        page.addObject("messageKey", key);
        return page;
    }
}
