package vn.cchc.progress;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail copy of an in-app notification, when SMTP is configured: "[CCHC] subject", the body and a link into the
 * app. Whether it went is recorded on the notification, so a failed address shows and nothing is sent twice.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    NotificationMail(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail, Clock clock,
                     @Value("${cchc.base-url:http://localhost:8080}") String baseUrl,
                     @Value("${cchc.mail.from:cchc@localhost}") String from) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    /** Whether SMTP is configured at all. */
    boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    /** Sends notification {@code notificationId} to {@code to}; false when SMTP is off or the server refused it. */
    boolean send(long notificationId, String to, String subject, String body, String link) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("[CCHC] " + subject);
        message.setText(body + "\n\n" + baseUrl + link);
        try {
            sender.send(message);
            notifications.emailed(notificationId, clock.instant());
            return true;
        } catch (MailException e) {
            log.warn("E-mail of notification {} to {} failed: {}", notificationId, to, e.getMessage());
            notifications.emailFailed(notificationId, e.getMessage());
            return false;
        }
    }
}
