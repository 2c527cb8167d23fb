package vn.cchc.transparency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.ServletWebRequest;
import vn.cchc.shared.NotFoundException;

/** The public site's index of provinces and communes, each commune's home page, and a 404 for anything else. */
@Controller
@PublicSitePage
class PublicSiteController {

    private final PublicSites sites;
    private final PublicPages pages;

    PublicSiteController(PublicSites sites, PublicPages pages) {
        this.sites = sites;
        this.pages = pages;
    }

    @GetMapping(PublicSiteSecurity.ROOT)
    String index(Model model) {
        model.addAttribute("provinces", sites.index());
        return "transparency/index";
    }

    @GetMapping(PublicSiteSecurity.ROOT + "/tinh/{provinceCode}")
    String province(@PathVariable String provinceCode, Model model) {
        model.addAttribute("provinces", List.of(sites.province(provinceCode)
                .orElseThrow(() -> new NotFoundException("province", provinceCode))));
        return "transparency/index";
    }

    @GetMapping(PublicSiteSecurity.ROOT + "/{communeCode}")
    String home(@PathVariable String communeCode, ServletWebRequest request, Model model) {
        PublicCommune site = commune(sites, communeCode);
        if (pages.unchanged(request, site, "home")) {
            return null;
        }
        model.addAttribute("site", site);
        model.addAttribute("section", "home");
        model.addAttribute("updated", pages.stamp(site));
        return "transparency/home";
    }

    /** Any other address under the public root: the public 404, not the app's error page. */
    @RequestMapping(value = PublicSiteSecurity.ROOT + "/**", method = {RequestMethod.GET, RequestMethod.POST})
    String unknown(HttpServletRequest request) {
        throw new NotFoundException("public page", request.getRequestURI());
    }

    /** The published commune of the address, or the public 404. */
    static PublicCommune commune(PublicSites sites, String communeCode) {
        return sites.published(communeCode).orElseThrow(() -> new NotFoundException("public site", communeCode));
    }
}
