package vn.cchc.org;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.shared.NotFoundException;

/** "My account": every user sees their own details (and only theirs), whatever their role. */
@Controller
class AccountController {

    private final UserRepository users;

    AccountController(UserRepository users) {
        this.users = users;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("account", users.byId(me.id()).orElseThrow(() -> new NotFoundException("user", me.id())));
        return "org/account";
    }
}
