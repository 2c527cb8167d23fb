package vn.cchc.transparency;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.PublicAddress;

/**
 * The commune's public-site settings (its admin and standing agency): published or not, the websites that may embed
 * it, the one-stop office's address and hotline, and the online portal's address; with the iframe snippet to paste.
 */
@Controller
class PublicSiteSettingsController {

    private final PublicSites sites;
    private final PublicAddress address;

    PublicSiteSettingsController(PublicSites sites, PublicAddress address) {
        this.sites = sites;
        this.address = address;
    }

    @GetMapping("/public-site")
    String settings(@AuthenticationPrincipal CurrentUser me, Model model) {
        PublicCommune site = sites.settings(me);
        model.addAttribute("form", PublicSiteForm.of(site.site()));
        return page(site, model);
    }

    @PostMapping("/public-site")
    String save(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") PublicSiteForm form,
                BindingResult binding, Model model, HttpServletResponse response) {
        PublicCommune site = sites.settings(me);
        return FormSubmission.submit(binding, response, () -> {
            sites.save(me, form);
            return "redirect:/public-site?saved";
        }, () -> page(site, model));
    }

    private String page(PublicCommune site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("publicUrl", address.of(PublicSiteSecurity.ROOT + "/" + site.code()));
        return "transparency/settings";
    }
}
