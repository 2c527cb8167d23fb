package vn.cchc.parindex;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.org.CurrentUser;

/** The province appraisers' and admins' landing page. */
@Controller
class ProvinceLandingController {

    private final ProvinceLanding landing;

    ProvinceLandingController(ProvinceLanding landing) {
        this.landing = landing;
    }

    @GetMapping("/province")
    String landing(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("view", landing.view(me));
        return "parindex/landing";
    }
}
