package vn.cchc.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * The one way a form post ends: values that do not even bind (a bad date, a letter in a number) re-show the form
 * with 400; rules that refuse the input re-show it with their messages and 422; otherwise the save runs and its
 * redirect is returned.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    public static String submit(BindingResult binding, HttpServletResponse response, Supplier<String> save,
                                Supplier<String> form) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form.get();
        }
        try {
            return save.get();
        } catch (InvalidInput e) {
            e.addTo(binding);
            response.setStatus(422);
            return form.get();
        }
    }

    /**
     * A save whose page shows a refusal as a message at its top rather than beside fields: refused input re-renders
     * the page with 422, a change someone else made meanwhile with 409; otherwise the save's redirect is returned.
     */
    public static String attempt(HttpServletResponse response, Supplier<String> save, RefusedPage page) {
        try {
            return save.get();
        } catch (InvalidInput e) {
            response.setStatus(422);
            InvalidInput.Problem p = e.problems().get(0);
            return page.render(p.messageKey(), p.args());
        } catch (Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page.render(e.messageKey(), e.args());
        }
    }

    /** Renders the page again with a message key and its arguments. */
    @FunctionalInterface
    public interface RefusedPage {
        String render(String messageKey, Object[] args);
    }
}
