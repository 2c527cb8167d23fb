package vn.cchc.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Recipient;
import vn.cchc.org.Role;
import vn.cchc.parindex.ParDeadlines;
import vn.cchc.shared.VietnamTime;

/**
 * The PAR Index's part of the daily reminders, on the same days as the others (7, 3 and 1 days before and on the
 * day): the self-assessment deadline of the province's criteria set and an explanation round's deadline go to the
 * commune's standing agency and chairman; a unit with criteria not yet sent gets how many, until the deadline.
 * It says what is due; {@link Reminders} delivers it (in-app, and by e-mail), once per key and user.
 */
@Component
class ParReminders {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final long FURTHEST = 7;

    private final ParDeadlines deadlines;
    private final OrgDirectory org;
    private final MessageSource messages;

    ParReminders(ParDeadlines deadlines, OrgDirectory org, MessageSource messages) {
        this.deadlines = deadlines;
        this.org = org;
        this.messages = messages;
    }

    /** One reminder to a group of people of a commune. */
    record Reminder(long communeId, List<Recipient> recipients, String kind, String key, String subject, String body,
                    String link) {
    }

    List<Reminder> due(LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        LocalDate last = today.plusDays(FURTHEST);
        for (ParDeadlines.Deadline d : deadlines.deadlines(today, last)) {
            long days = ChronoUnit.DAYS.between(today, d.due());
            if (!Reminders.DAYS_BEFORE.contains(days)) {
                continue;
            }
            boolean self = d.kind() == ParDeadlines.Kind.SELF_ASSESSMENT;
            String prefix = self ? "reminder.par.self" : "reminder.par.explain";
            String subject = days == 0 ? msg(prefix + "DueToday", d.periodLabel(), date(d.due()))
                    : msg(prefix + "DueIn", d.periodLabel(), String.valueOf(days), date(d.due()));
            String body = !self ? msg("reminder.par.body.explain", d.periodLabel())
                    : d.assessmentId() == null ? msg("reminder.par.body.notStarted", d.periodLabel())
                    : msg("reminder.par.body.self", d.periodLabel());
            String key = self ? "PAR_SELF:" + days + ":" + d.communeId() + ":" + d.periodCode()
                    : "PAR_EXPLAIN:" + days + ":" + d.assessmentId() + ":" + d.due();
            String link = d.assessmentId() == null ? "/parindex" : "/parindex/assessments/" + d.assessmentId();
            out.add(new Reminder(d.communeId(), leadership(d.communeId()), self ? "PAR_DUE" : "PAR_EXPLAIN", key,
                    subject, body, link));
        }
        for (ParDeadlines.Unsent u : deadlines.unsent(today, last)) {
            long days = ChronoUnit.DAYS.between(today, u.due());
            if (!Reminders.DAYS_BEFORE.contains(days)) {
                continue;
            }
            String subject = days == 0 ? msg("reminder.par.unsentToday", u.periodLabel(), String.valueOf(u.criteria()),
                    date(u.due())) : msg("reminder.par.unsentIn", u.periodLabel(), String.valueOf(u.criteria()),
                    date(u.due()), String.valueOf(days));
            out.add(new Reminder(u.communeId(), org.peopleOf(u.communeId(), u.unitId()), "PAR_UNSENT",
                    "PAR_UNSENT:" + days + ":" + u.assessmentId() + ":" + u.unitId(), subject,
                    msg("reminder.par.body.unsent", u.periodLabel()), "/parindex/assessments/" + u.assessmentId()));
        }
        return out;
    }

    /** The standing agency's people and the chairmen, each once. */
    private List<Recipient> leadership(long communeId) {
        Map<Long, Recipient> people = new LinkedHashMap<>();
        org.standingAgency(communeId).ifPresent(u -> org.peopleOf(communeId, u.id()).forEach(r -> people.put(r.userId(), r)));
        org.withRole(communeId, Role.LEADER).forEach(r -> people.putIfAbsent(r.userId(), r));
        return List.copyOf(people.values());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    private static String date(LocalDate d) {
        return VietnamTime.DATE.format(d);
    }
}
