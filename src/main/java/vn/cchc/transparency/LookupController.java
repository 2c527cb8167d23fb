package vn.cchc.transparency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.dossier.DossierLookup;
import vn.cchc.dossier.LookupFactor;

/**
 * The citizen's dossier lookup: the form (a QR code on the receipt may carry {@code ?ma=}) and the answer. A dossier
 * is shown only for its code plus the phone's last four digits or the receipt's check code; every miss (unknown
 * code, another commune's, wrong factor) is the same 404 page, and {@link LookupLimits} brakes guessing. No answer
 * is kept by a browser or proxy, and the factor is never written back into the page.
 */
@Controller
@PublicSitePage
class LookupController {

    static final String PATH = PublicSiteSecurity.ROOT + "/{communeCode}/tra-cuu";
    static final int MAX_CODE = 80;
    static final int MAX_FACTOR = 40;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]+");

    private final PublicSites sites;
    private final PublicPages pages;
    private final DossierLookup lookup;
    private final LookupLimits limits;

    LookupController(PublicSites sites, PublicPages pages, DossierLookup lookup, LookupLimits limits) {
        this.sites = sites;
        this.pages = pages;
        this.lookup = lookup;
        this.limits = limits;
    }

    @GetMapping(PATH)
    String form(@PathVariable String communeCode, @RequestParam(name = "ma", required = false) String code,
                HttpServletResponse response, Model model) {
        PublicCommune site = PublicSiteController.commune(sites, communeCode);
        PublicPages.neverStore(response);
        // A prefilled code that could not be one is left out rather than refused: the form is still useful.
        String kept = code == null ? "" : code.strip();
        return page(site, codeProblem(kept) == null ? kept : "", model);
    }

    @PostMapping(PATH)
    String find(@PathVariable String communeCode, @RequestParam(name = "ma", required = false) String code,
                @RequestParam(name = "xacminh", required = false) String factor, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        PublicCommune site = PublicSiteController.commune(sites, communeCode);
        PublicPages.neverStore(response);
        String key = code == null ? "" : code.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional.ofNullable(codeProblem(key)).ifPresent(p -> errors.put("ma", p));
        Optional.ofNullable(factorProblem(factor)).ifPresent(p -> errors.put("xacminh", p));
        String view = page(site, key.length() > MAX_CODE ? "" : key, model);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            response.setStatus(400);
            return view;
        }
        LookupLimits.Refusal refusal = limits.tryLookup(request.getRemoteAddr(), site.id(), key);
        if (refusal != null) {
            model.addAttribute("alert", refusal == LookupLimits.Refusal.CODE ? "public.lookup.lockedCode"
                    : "public.lookup.tooMany");
            response.setStatus(429);
            return view;
        }
        Optional<DossierLookup.Progress> found = lookup.find(site.id(), key, factor);
        if (found.isEmpty()) {
            model.addAttribute("alert", "public.lookup.notFound");
            response.setStatus(404);
            return view;
        }
        limits.found(site.id(), key);
        model.addAttribute("progress", found.get());
        return view;
    }

    private String page(PublicCommune site, String code, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("section", "tra-cuu");
        model.addAttribute("updated", pages.stamp(site));
        model.addAttribute("code", code);
        return "transparency/lookup";
    }

    /** Blank, too long, or a sign no dossier code has; null when it may be a code. */
    static String codeProblem(String code) {
        if (code.isEmpty()) {
            return "public.lookup.code.blank";
        }
        if (code.length() > MAX_CODE) {
            return "public.lookup.code.tooLong";
        }
        return CODE.matcher(code).matches() ? null : "public.lookup.code.signs";
    }

    /** Blank, or neither four digits nor a check code of 4–20 letters and digits; null otherwise. */
    static String factorProblem(String factor) {
        String f = factor == null ? "" : factor.strip();
        if (f.isEmpty()) {
            return "public.lookup.factor.blank";
        }
        return f.length() <= MAX_FACTOR && LookupFactor.typed(f) != null ? null : "public.lookup.factor.invalid";
    }
}
