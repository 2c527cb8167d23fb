package vn.cchc.progress;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Recipient;
import vn.cchc.org.Role;

/**
 * In-app notices of the review loop: the standing agency hears of a submission, the unit of a return (with the
 * comments) or an acceptance. In-app only: the daily reminders are what goes out by e-mail.
 */
@Component
class ReportNotices {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final NotificationRepository notifications;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    ReportNotices(NotificationRepository notifications, OrgDirectory org, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    void submitted(ReportRepository.ReportRow report, ReportingPeriod period, int versionNo) {
        String unit = org.unit(report.communeId(), report.unitId()).orElseThrow().name();
        String subject = messages.getMessage("notice.submitted", new Object[] {unit, period.label(), String.valueOf(versionNo)}, VI);
        var reviewers = org.standingAgency(report.communeId())
                .filter(u -> u.id() != report.unitId())
                .map(u -> org.peopleOf(report.communeId(), u.id()))
                .orElseGet(() -> org.withRole(report.communeId(), Role.LEADER));
        for (Recipient r : reviewers) {
            notify(report, r, "SUBMITTED", "SUBMITTED:" + report.id() + ":" + versionNo, subject);
        }
    }

    void reviewed(ReportRepository.ReportRow report, ReportingPeriod period, boolean accepted, String comment,
                  long versionId) {
        String subject = accepted
                ? messages.getMessage("notice.accepted", new Object[] {period.label()}, VI)
                : messages.getMessage("notice.returned", new Object[] {period.label(), comment}, VI);
        for (Recipient r : org.peopleOf(report.communeId(), report.unitId())) {
            notify(report, r, accepted ? "ACCEPTED" : "RETURNED", "REVIEW:" + versionId, subject);
        }
    }

    private void notify(ReportRepository.ReportRow report, Recipient to, String kind, String key, String subject) {
        notifications.insert(report.communeId(), to.userId(), kind, key, subject, subject,
                "/progress/reports/" + report.id(), clock.instant(), null);
    }
}
