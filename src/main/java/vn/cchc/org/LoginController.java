package vn.cchc.org;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.sso.SsoLogin;
import vn.cchc.org.sso.SsoRefusal;

@Controller
class LoginController {

    private final long maxLockMinutes;
    private final boolean sso;

    LoginController(@Value("${cchc.login.max-lock}") Duration maxLock, ObjectProvider<SsoLogin> sso) {
        this.maxLockMinutes = maxLock.toMinutes();
        this.sso = sso.getIfAvailable() != null;
    }

    /**
     * A user who is already logged in goes straight to their home page. After a refusal the page says why
     * (a lock with its minutes left) and keeps the typed username.
     */
    @GetMapping("/login")
    String login(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long locked,
                 @RequestParam(required = false) Long throttled, @RequestParam(name = "sso", required = false) String refusal,
                 Model model) {
        if (me != null) {
            return "redirect:/";
        }
        model.addAttribute("lockedMinutes", possible(locked));
        model.addAttribute("throttledMinutes", possible(throttled));
        // single sign-on (docs/sso.md): the button only with a provider, and only known refusal messages
        model.addAttribute("ssoStart", sso ? SsoLogin.START : null);
        model.addAttribute("ssoRefusal", SsoRefusal.ofCode(refusal).map(SsoRefusal::messageKey).orElse(null));
        return "org/login";
    }

    /** The minutes come from a link anyone can write: only a lock's possible minutes are shown. */
    private Long possible(Long minutes) {
        return minutes != null && minutes >= 1 && minutes <= maxLockMinutes ? minutes : null;
    }
}
