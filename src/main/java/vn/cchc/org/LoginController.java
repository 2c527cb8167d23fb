package vn.cchc.org;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final long maxLockMinutes;

    LoginController(@Value("${cchc.login.max-lock}") Duration maxLock) {
        this.maxLockMinutes = maxLock.toMinutes();
    }

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
        model.addAttribute("lockedMinutes", possible(locked));
        model.addAttribute("throttledMinutes", possible(throttled));
        return "org/login";
    }

    /** The minutes come from a link anyone can write: only a lock's possible minutes are shown. */
    private Long possible(Long minutes) {
        return minutes != null && minutes >= 1 && minutes <= maxLockMinutes ? minutes : null;
    }
}
