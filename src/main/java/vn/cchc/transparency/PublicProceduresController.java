package vn.cchc.transparency;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import vn.cchc.dossier.PublicProcedure;
import vn.cchc.dossier.PublicProcedures;
import vn.cchc.shared.Paged;

/**
 * The commune's procedure catalogue (thủ tục hành chính): search by name or code without diacritics, filter by
 * field, 20 a page; each with its statutory time, fees and where to file ({@link ProcedureWording}).
 */
@Controller
@PublicSitePage
class PublicProceduresController {

    /** Longer than any field name the catalogue allows (200): no link of the site makes it. */
    private static final int MAX_FIELD = 200;

    private final PublicSites sites;
    private final PublicPages pages;
    private final PublicProcedures procedures;

    PublicProceduresController(PublicSites sites, PublicPages pages, PublicProcedures procedures) {
        this.sites = sites;
        this.pages = pages;
        this.procedures = procedures;
    }

    @GetMapping(PublicSiteSecurity.ROOT + "/{communeCode}/thu-tuc")
    String catalogue(@PathVariable String communeCode, @RequestParam(required = false) String q,
                     @RequestParam(name = "linhvuc", required = false) String field,
                     @RequestParam(name = "trang", defaultValue = "1") int page, ServletWebRequest request,
                     HttpServletResponse response, Model model) {
        PublicCommune site = PublicSiteController.commune(sites, communeCode);
        PublicSearch search = PublicSearch.of(q, page);
        String chosen = field == null || field.isBlank() ? null : field.strip();
        if (chosen != null && chosen.length() > MAX_FIELD) {
            throw new PublicSearch.BadPublicParameter("linhvuc");
        }
        if (search.refused() == null && pages.unchanged(request, site, "thu-tuc", search.text(), chosen, page)) {
            return null;
        }
        model.addAttribute("site", site);
        model.addAttribute("section", "thu-tuc");
        model.addAttribute("updated", pages.stamp(site));
        model.addAttribute("q", search.text());
        model.addAttribute("field", chosen);
        model.addAttribute("fields", procedures.fields(site.id()));
        if (search.refused() != null) {
            return search.refuse(response, model, "transparency/procedures");
        }
        Paged<PublicProcedure> found = procedures.page(site.id(), search.query(), chosen, page, PublicSearch.PAGE_SIZE);
        search.requireExists(found);
        model.addAttribute("found", found);
        model.addAttribute("pager", new PagerLinks(PublicSiteSecurity.ROOT + "/" + site.code() + "/thu-tuc", search.text(), chosen));
        return "transparency/procedures";
    }
}
