package vn.cchc.org;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /**
     * A user who is already logged in goes straight to their home page. After a refusal the page says why
     * (a lock with its minutes left) and keeps the typed username.
     */
    @GetMapping("/login")
    String login(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long locked,
                 @RequestParam(required = false) Long throttled, Model model) {
        if (me != null) {
            return "redirect:/";
        }
        model.addAttribute("lockedMinutes", locked);
        model.addAttribute("throttledMinutes", throttled);
        return "org/login";
    }
}
