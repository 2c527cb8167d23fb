package vn.cchc.transparency;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.Paged;
import vn.cchc.shared.SearchQuery;

/**
 * A public list's search box and page number: an empty box lists everything; a query too long or without a word of
 * two letters is refused with its message beside the box (400, never kept); a page number below 1 is a bad address
 * (400) and one past the last page a missing page (404).
 */
record PublicSearch(String text, SearchQuery query, InvalidInput.Problem refused) {

    /** The public lists' page: 20 questions or procedures. */
    static final int PAGE_SIZE = 20;

    static PublicSearch of(String typed, int page) {
        if (page < 1) {
            throw new BadPublicParameter("trang");
        }
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new PublicSearch("", null, null);
        }
        try {
            return new PublicSearch(text, SearchQuery.parse(text), null);
        } catch (InvalidInput e) {
            return new PublicSearch(text.length() > SearchQuery.MAX_LENGTH ? text.substring(0, SearchQuery.MAX_LENGTH) : text,
                    null, e.problems().get(0));
        }
    }

    /** Shows the page with the refusal beside the box and nothing listed. */
    String refuse(HttpServletResponse response, Model model, String view) {
        response.setStatus(400);
        PublicPages.neverStore(response);
        model.addAttribute("searchError", refused);
        return view;
    }

    void requireExists(Paged<?> found) {
        if (!found.exists()) {
            throw new NotFoundException("public page", found.page());
        }
    }

    /** A parameter no link of the site makes (a page number below 1): the public 400 page. */
    static final class BadPublicParameter extends RuntimeException {
        BadPublicParameter(String name) {
            super(name, null, false, false);
        }
    }
}
