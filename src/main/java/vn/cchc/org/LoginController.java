package vn.cchc.org;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** A user who is already logged in goes straight to their home page. */
    @GetMapping("/login")
    String login(@AuthenticationPrincipal CurrentUser me) {
        return me == null ? "org/login" : "redirect:/";
    }
}
