package vn.cchc.progress;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Recipient;
import vn.cchc.org.Role;
import vn.cchc.plan.PlanIssueRequested;

/**
 * Tells the commune's chairmen (LEADER users) that a draft plan was sent to them for issuing: an in-app notification
 * written in the request's transaction (no request without its notice), and, once that commits, an e-mail to those
 * with an address when SMTP is configured, as the reminders do.
 */
@Component
class IssueRequestNotices {

    private static final Locale VI = Locale.forLanguageTag("vi");
    static final String KIND = "ISSUE_REQUEST";

    private final NotificationRepository notifications;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final NotificationMail mail;
    private final Clock clock;

    IssueRequestNotices(NotificationRepository notifications, OrgDirectory org, MessageSource messages,
                        NotificationMail mail, Clock clock) {
        this.notifications = notifications;
        this.org = org;
        this.messages = messages;
        this.mail = mail;
        this.clock = clock;
    }

    @EventListener
    void requested(PlanIssueRequested event) {
        String subject = subject(event);
        String body = body(event);
        for (Recipient chairman : org.withRole(event.communeId(), Role.LEADER)) {
            notifications.insert(event.communeId(), chairman.userId(), KIND, key(event), subject, body, link(event),
                    clock.instant(), chairman.email());
        }
    }

    /** After the request committed: the e-mails, each recorded as sent or failed on its notification. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void mail(PlanIssueRequested event) {
        if (!mail.enabled()) {
            return;
        }
        for (NotificationRepository.Unsent u : notifications.unsent(event.communeId(), key(event))) {
            mail.send(u.id(), u.emailTo(), subject(event), body(event), link(event));
        }
    }

    /** One notice per sending: a resend (a later moment) notifies again. */
    private static String key(PlanIssueRequested event) {
        return "ISSUE:" + event.planId() + ":" + event.request().requestedAt().toEpochMilli();
    }

    private static String link(PlanIssueRequested event) {
        return "/plans/" + event.planId();
    }

    private String subject(PlanIssueRequested event) {
        return messages.getMessage("notice.issueRequest", new Object[] {event.planTitle()}, VI);
    }

    private String body(PlanIssueRequested event) {
        String note = event.request().note() == null ? "" : "\n" + event.request().note();
        return messages.getMessage("notice.issueRequest.body",
                new Object[] {event.request().requesterName(), event.planTitle(), note}, VI);
    }
}
