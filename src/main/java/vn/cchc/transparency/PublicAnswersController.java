package vn.cchc.transparency;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import vn.cchc.pakn.PaknService;
import vn.cchc.pakn.PublicAnswer;
import vn.cchc.shared.Paged;

/**
 * The commune's published PAKN questions and answers (hỏi đáp), newest answer first, searchable without diacritics,
 * 20 a page. Only the question as published and the answer are shown, never the item as received or its dossier.
 */
@Controller
@PublicSitePage
class PublicAnswersController {


    private final PublicSites sites;
    private final PublicPages pages;
    private final PaknService pakn;

    PublicAnswersController(PublicSites sites, PublicPages pages, PaknService pakn) {
        this.sites = sites;
        this.pages = pages;
        this.pakn = pakn;
    }

    @GetMapping(PublicSiteSecurity.ROOT + "/{communeCode}/hoi-dap")
    String answers(@PathVariable String communeCode, @RequestParam(required = false) String q,
                   @RequestParam(name = "trang", defaultValue = "1") int page, ServletWebRequest request,
                   HttpServletResponse response, Model model) {
        PublicCommune site = PublicSiteController.commune(sites, communeCode);
        PublicSearch search = PublicSearch.of(q, page);
        if (search.refused() == null && pages.unchanged(request, site, "hoi-dap", search.text(), page)) {
            return null;
        }
        model.addAttribute("site", site);
        model.addAttribute("section", "hoi-dap");
        model.addAttribute("updated", pages.stamp(site));
        model.addAttribute("q", search.text());
        if (search.refused() != null) {
            return search.refuse(response, model, "transparency/answers");
        }
        Paged<PublicAnswer> found = pakn.published(site.id(), search.query(), page, PublicSearch.PAGE_SIZE);
        search.requireExists(found);
        model.addAttribute("found", found);
        model.addAttribute("pager", new PagerLinks(PublicSiteSecurity.ROOT + "/" + site.code() + "/hoi-dap", search.text(), null));
        return "transparency/answers";
    }
}
