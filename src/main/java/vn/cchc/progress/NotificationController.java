package vn.cchc.progress;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.cchc.org.CurrentUser;

/** The user's notifications (reminders, digests) and the unread count in the header. */
@Controller
@ControllerAdvice(annotations = Controller.class)
class NotificationController {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationController(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @ModelAttribute("unreadNotifications")
    Integer unread(@AuthenticationPrincipal CurrentUser me) {
        return me == null ? null : notifications.unread(me.id());
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("notifications", notifications.latest(me.id(), 100));
        return "progress/notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal CurrentUser me) {
        notifications.markAllRead(me.id(), clock.instant());
        return "redirect:/notifications";
    }
}
