package vn.cchc.api;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;

/**
 * The commune admin's page of API keys: create one with a name and scopes (its secret is shown once, on the page the
 * creation answers, never again), see each key's prefix, scopes and last use, revoke one.
 */
@Controller
class ApiKeyController {

    private final ApiKeys keys;
    private final Clock clock;

    ApiKeyController(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @GetMapping("/api-keys")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("keys", keys.list(me));
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("validities", ApiKeys.VALIDITY_DAYS);
        model.addAttribute("now", clock.instant());
        return "api/keys";
    }

    @PostMapping("/api-keys")
    String create(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String name,
                  @RequestParam(required = false) List<String> scope, @RequestParam(defaultValue = "") String validity,
                  Model model, HttpServletResponse response) {
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        if (scope != null) {
            scope.forEach(code -> ApiScope.of(code).ifPresent(chosen::add));
        }
        try {
            // the new key is rendered straight into this answer, not carried over a redirect: it must not be stored
            // anywhere, not even in the session's flash attributes
            model.addAttribute("created", keys.create(me, name, chosen, days(validity)));
            response.setHeader("Cache-Control", "no-store");
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            model.addAttribute("draftName", name);
            model.addAttribute("draftScopes", chosen);
            model.addAttribute("draftValidity", days(validity));
        }
        return list(me, model);
    }

    @PostMapping("/api-keys/{keyId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable long keyId, RedirectAttributes redirect) {
        keys.revoke(me, keyId);
        redirect.addFlashAttribute("notice", "api.key.revoked");
        return "redirect:/api-keys";
    }

    /** The chosen validity in days; null for anything but a whole number (refused with the form's message). */
    private static Integer days(String validity) {
        try {
            return Integer.valueOf(validity.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
