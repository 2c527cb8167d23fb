package vn.cchc.search;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.SearchQuery;

/**
 * {@code GET /search?q=…&kind=…}: the nav box's results, grouped by kind. Without {@code q} the page shows only
 * the box; a query too long, too short or for an unknown kind shows its message with 400. Commune users only
 * (province users have no commune: 404).
 */
@Controller
class SearchController {

    private final CommuneSearch search;

    SearchController(CommuneSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String kind, HttpServletResponse response, Model model) {
        me.requireCommune();
        String typed = q == null ? "" : q.strip();
        // a refused query comes back in the box, but not a page of it
        model.addAttribute("q", typed.length() > SearchQuery.MAX_LENGTH ? typed.substring(0, SearchQuery.MAX_LENGTH) : typed);
        if (q == null || q.isBlank()) {
            return "search/results";
        }
        try {
            SearchKind only = kind(kind);
            SearchQuery query = SearchQuery.parse(q);
            model.addAttribute("kind", only);
            model.addAttribute("groups", search.search(me, query, only));
        } catch (InvalidInput e) {
            InvalidInput.Problem problem = e.problems().get(0);
            model.addAttribute("problem", problem.messageKey());
            model.addAttribute("problemArgs", problem.args());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "search/results";
    }

    private static SearchKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SearchKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("kind", "search.kind.invalid");
        }
    }
}
