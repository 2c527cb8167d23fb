package vn.cchc.progress;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Recipient;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.TaskStatus;
import vn.cchc.shared.VietnamTime;

/**
 * The daily reminder run. Each open obligation of an issued plan reminds the people of its unit 7, 3 and 1 days
 * before its due date, on the day, and every 7 days while overdue; each report not yet submitted reminds the same
 * days before its due date; the standing agency gets a weekly digest; the PAR Index's deadlines come from
 * {@link ParReminders}. Reminders are in-app notifications, also e-mailed when SMTP is configured. Every reminder has a key unique per user, so a second run (another instance, a
 * restart) sends nothing twice; a database lock keeps two instances from doing the work at once.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    // The days before a due date on which a reminder is sent: a schedule of mails, not the "due soon" status rule.
    static final Set<Long> DAYS_BEFORE = Set.of(7L, 3L, 1L, 0L);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PlanQueries plans;
    private final ParReminders par;
    private final Obligations obligations;
    private final ReportingSchedule schedule;
    private final ReportRepository reports;
    private final NotificationRepository notifications;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final NotificationMail mail;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DayOfWeek digestDay;

    Reminders(PlanQueries plans, ParReminders par, Obligations obligations, ReportingSchedule schedule, ReportRepository reports,
              NotificationRepository notifications, OrgDirectory org, MessageSource messages,
              NotificationMail mail, TransactionTemplate transaction, Clock clock,
              @Value("${cchc.reminders.digest-day:MONDAY}") DayOfWeek digestDay) {
        this.plans = plans;
        this.par = par;
        this.obligations = obligations;
        this.schedule = schedule;
        this.reports = reports;
        this.notifications = notifications;
        this.org = org;
        this.messages = messages;
        this.mail = mail;
        this.transaction = transaction;
        this.clock = clock;
        this.digestDay = digestDay;
    }

    /** What one run did: notifications created and e-mails sent; skipped when another instance held the lock. */
    public record Run(boolean skipped, int notifications, int emails) {
    }

    public Run run() {
        return run(VietnamTime.today(clock));
    }

    Run run(LocalDate today) {
        return transaction.execute(status -> {
            if (!notifications.tryJobLock()) {
                return new Run(true, 0, 0);
            }
            List<Pending> created = new ArrayList<>();
            for (Plan plan : plans.issuedPlans()) {
                remindPlan(plan, today, created);
            }
            for (ParReminders.Reminder r : par.due(today)) {
                notifyPeople(r.communeId(), r.recipients(), r.kind(), r.key(), r.subject(), r.body(), r.link(), created);
            }
            int emails = 0;
            for (Pending p : created) {
                if (p.emailTo() != null && mail.send(p.id(), p.emailTo(), p.subject(), p.body(), p.link())) {
                    emails++;
                }
            }
            log.info("Reminders for {}: {} notifications, {} e-mails", today, created.size(), emails);
            return new Run(false, created.size(), emails);
        });
    }

    private void remindPlan(Plan plan, LocalDate today, List<Pending> created) {
        long communeId = plan.communeId();
        List<Obligation> all = obligations.of(plan, today);
        for (Obligation o : all) {
            if (o.due() == null || !o.open()) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(today, o.due());
            String kind;
            String subject;
            if (DAYS_BEFORE.contains(days)) {
                kind = days == 0 ? "DUE_TODAY" : "DUE_IN";
                subject = days == 0 ? msg("reminder.dueToday", o.taskCode(), date(o.due()))
                        : msg("reminder.dueIn", o.taskCode(), String.valueOf(days), date(o.due()));
            } else if (days < 0 && -days % 7 == 0) {
                kind = "OVERDUE";
                subject = msg("reminder.overdue", o.taskCode(), String.valueOf(-days), date(o.due()));
            } else {
                continue;
            }
            String key = kind + ":" + days + ":" + o.taskId() + ":" + o.occurrenceDue() + ":" + o.unitId();
            String body = msg(o.role() == ObligationRole.LEAD ? "reminder.body.lead" : "reminder.body.coordinator",
                    o.taskCode(), o.taskTitle(), o.label() == null ? "" : " (" + o.label() + ")", plan.title());
            notifyUnit(communeId, o.unitId(), kind, key, subject, body, "/progress/my", created);
        }
        List<ReportRepository.ReportRow> filed = reports.reports(communeId, plan.id());
        remindReports(plan, today, all, filed, created);
        if (today.getDayOfWeek() == digestDay) {
            digest(plan, today, all, filed, created);
        }
    }

    private void remindReports(Plan plan, LocalDate today, List<Obligation> all, List<ReportRepository.ReportRow> filed,
                               List<Pending> created) {
        Set<Long> reportingUnits = Obligation.reportingUnits(all);
        Map<String, ReportRepository.ReportRow> byUnitPeriod = filed.stream()
                .collect(Collectors.toMap(r -> r.unitId() + "/" + r.periodCode(), Function.identity()));
        for (ReportingPeriod period : schedule.periods(plan)) {
            long days = ChronoUnit.DAYS.between(today, period.due());
            if (!DAYS_BEFORE.contains(days)) {
                continue;
            }
            for (long unit : reportingUnits) {
                ReportRepository.ReportRow r = byUnitPeriod.get(unit + "/" + period.code());
                if (r != null && r.submissions() > 0) {
                    continue;
                }
                String subject = days == 0 ? msg("reminder.reportDueToday", period.label(), date(period.due()))
                        : msg("reminder.reportDueIn", period.label(), String.valueOf(days), date(period.due()));
                notifyUnit(plan.communeId(), unit, "REPORT_DUE", "REPORT:" + days + ":" + plan.id() + ":" + period.code(),
                        subject, msg("reminder.body.report", period.label(), plan.title()), "/progress/my", created);
            }
        }
    }

    private void digest(Plan plan, LocalDate today, List<Obligation> all, List<ReportRepository.ReportRow> filed,
                        List<Pending> created) {
        Unit standing = org.standingAgency(plan.communeId()).orElse(null);
        if (standing == null) {
            return;
        }
        long overdue = all.stream().filter(o -> o.status() == TaskStatus.OVERDUE).count();
        long dueSoon = all.stream().filter(o -> o.status() == TaskStatus.DUE_SOON).count();
        long awaiting = filed.stream().filter(r -> r.state() == ReportState.SUBMITTED).count();
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String subject = msg("reminder.digest", week, String.valueOf(overdue), String.valueOf(dueSoon),
                String.valueOf(awaiting));
        notifyUnit(plan.communeId(), standing.id(), "DIGEST", "DIGEST:" + week + ":" + plan.id(), subject,
                msg("reminder.body.digest", plan.title()), "/progress?plan=" + plan.id(), created);
    }

    private void notifyUnit(long communeId, long unitId, String kind, String key, String subject, String body,
                            String link, List<Pending> created) {
        notifyPeople(communeId, org.peopleOf(communeId, unitId), kind, key, subject, body, link, created);
    }

    private void notifyPeople(long communeId, List<Recipient> people, String kind, String key, String subject,
                              String body, String link, List<Pending> created) {
        for (Recipient r : people) {
            notifications.insert(communeId, r.userId(), kind, key, subject, body, link, clock.instant(), r.email())
                    .ifPresent(id -> created.add(new Pending(id, r.email(), subject, body, link)));
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    private static String date(LocalDate d) {
        return VietnamTime.DATE.format(d);
    }

    private record Pending(long id, String emailTo, String subject, String body, String link) {
    }
}
