package vn.cchc.inbox;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.org.CurrentUser;

/** The inbox page, and the landing page each role opens at "/" (after signing in). */
@Controller
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me) {
        return "redirect:" + Landing.of(me.role());
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal CurrentUser me, Model model) {
        me.requireCommune();
        model.addAttribute("inbox", inbox.of(me));
        return "inbox/inbox";
    }
}
