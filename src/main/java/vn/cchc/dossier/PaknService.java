package vn.cchc.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.VietnamTime;

/**
 * PAKN items of a commune. Deadlines as DVCQG applies them for 766 (domain.md §6): handled within
 * {@code cchc.pakn.handling-working-days} (15) working days of receipt unless the item says otherwise, the answer
 * published within {@code cchc.pakn.publish-working-days} (2) working days.
 */
@Service
public class PaknService {

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final WorkingCalendars calendars;
    private final OrgDirectory org;
    private final Clock clock;
    private final int handlingDays;
    private final int publishDays;

    PaknService(JdbcClient jdbc, DossierAccess access, WorkingCalendars calendars, OrgDirectory org, Clock clock,
                @Value("${cchc.pakn.handling-working-days:15}") int handlingDays,
                @Value("${cchc.pakn.publish-working-days:2}") int publishDays) {
        this.jdbc = jdbc;
        this.access = access;
        this.calendars = calendars;
        this.org = org;
        this.clock = clock;
        this.handlingDays = handlingDays;
        this.publishDays = publishDays;
    }

    private WorkingCalendar calendar(long communeId) {
        return calendars.of(org.commune(communeId).provinceId());
    }

    public List<Pakn> list(CurrentUser user, Period period, String query) {
        return jdbc.sql("""
                select * from pakn where commune_id = ? and received_on between ? and ? and search_text like ?
                order by received_on desc, id desc""")
                .params(user.requireCommune(), period.start(), period.end(), "%" + SearchText.key(query) + "%")
                .query(PaknService::pakn).list();
    }

    public Pakn get(CurrentUser user, long id) {
        return jdbc.sql("select * from pakn where commune_id = ? and id = ?").params(user.requireCommune(), id)
                .query(PaknService::pakn).optional().orElseThrow(() -> new NotFoundException("pakn", id));
    }

    public LocalDate defaultDue(long communeId, LocalDate receivedOn) {
        return calendar(communeId).addWorkingDays(receivedOn, handlingDays);
    }

    public LocalDate publicationDue(long communeId, LocalDate answeredOn) {
        return calendar(communeId).addWorkingDays(answeredOn, publishDays);
    }

    /** Saves a new (id null) or changed item; dates are checked in order and not in the future. */
    public long save(CurrentUser user, Long id, PaknForm f) {
        access.requireManage(user);
        long communeId = user.requireCommune();
        LocalDate today = VietnamTime.today(clock);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (f.getReceivedOn().isAfter(today)) {
            problems.add("receivedOn", "validation.notFuture");
        }
        if (f.getAnsweredOn() != null && f.getAnsweredOn().isBefore(f.getReceivedOn())) {
            problems.add("answeredOn", "pakn.answeredBeforeReceived");
        }
        if (f.getAnsweredOn() != null && f.getAnsweredOn().isAfter(today)) {
            problems.add("answeredOn", "validation.notFuture");
        }
        if (f.getPublishedOn() != null && (f.getAnsweredOn() == null || f.getPublishedOn().isBefore(f.getAnsweredOn()))) {
            problems.add("publishedOn", "pakn.publishedBeforeAnswer");
        }
        if (f.getDueOn() != null && f.getDueOn().isBefore(f.getReceivedOn())) {
            problems.add("dueOn", "pakn.dueBeforeReceived");
        }
        boolean taken = jdbc.sql("select count(*) from pakn where commune_id = ? and code = ? and id <> ?")
                .params(communeId, f.getCode(), id == null ? -1L : id).query(Long.class).single() > 0;
        if (taken) {
            problems.add("code", "pakn.codeTaken");
        }
        problems.throwIfAny();
        LocalDate due = f.getDueOn() != null ? f.getDueOn() : defaultDue(communeId, f.getReceivedOn());
        String search = SearchText.key(f.getCode() + " " + f.getContent() + " " + (f.getDossierCode() == null ? "" : f.getDossierCode()));
        if (id == null) {
            return jdbc.sql("""
                    insert into pakn (commune_id, code, received_on, channel, content, dossier_code, due_on, answered_on,
                        published_on, disliked, recomplained, search_text, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(communeId, f.getCode(), f.getReceivedOn(), f.getChannel().name(), f.getContent(),
                            f.getDossierCode(), due, f.getAnsweredOn(), f.getPublishedOn(), f.isDisliked(),
                            f.isRecomplained(), search, user.id()).query(Long.class).single();
        }
        get(user, id);
        jdbc.sql("""
                update pakn set code = ?, received_on = ?, channel = ?, content = ?, dossier_code = ?, due_on = ?,
                    answered_on = ?, published_on = ?, disliked = ?, recomplained = ?, search_text = ?
                where commune_id = ? and id = ?""")
                .params(f.getCode(), f.getReceivedOn(), f.getChannel().name(), f.getContent(), f.getDossierCode(), due,
                        f.getAnsweredOn(), f.getPublishedOn(), f.isDisliked(), f.isRecomplained(), search, communeId, id)
                .update();
        return id;
    }

    /** The period's PAKN figures; items open at the period's end (or today, if earlier) are judged then. */
    public PaknFigures figures(long communeId, Period period) {
        LocalDate today = VietnamTime.today(clock);
        LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
        List<Pakn> items = jdbc.sql("""
                select * from pakn where commune_id = ? and received_on <= ?
                  and (answered_on is null or answered_on >= ? or received_on >= ?)""")
                .params(communeId, period.end(), period.start(), period.start()).query(PaknService::pakn).list();
        long received = 0, answered = 0, answeredOnTime = 0, openInTime = 0, openOverdue = 0, published = 0,
                publishedOnTime = 0, disliked = 0, recomplained = 0, linked = 0;
        for (Pakn p : items) {
            boolean receivedInPeriod = !p.receivedOn().isBefore(period.start());
            if (receivedInPeriod) {
                received++;
                disliked += p.disliked() ? 1 : 0;
                recomplained += p.recomplained() ? 1 : 0;
                linked += p.dossierCode() != null ? 1 : 0;
            }
            if (p.answeredOn() != null && !p.answeredOn().isBefore(period.start()) && !p.answeredOn().isAfter(period.end())) {
                answered++;
                answeredOnTime += p.answeredOn().isAfter(p.dueOn()) ? 0 : 1;
                if (p.publishedOn() != null) {
                    published++;
                    publishedOnTime += p.publishedOn().isAfter(publicationDue(communeId, p.answeredOn())) ? 0 : 1;
                }
            }
            boolean openAtEnd = !p.receivedOn().isAfter(asOf) && (p.answeredOn() == null || p.answeredOn().isAfter(asOf));
            if (openAtEnd && !period.start().isAfter(today)) {
                if (asOf.isAfter(p.dueOn())) {
                    openOverdue++;
                } else {
                    openInTime++;
                }
            }
        }
        return new PaknFigures(received, answered, answeredOnTime, openInTime, openOverdue, published, publishedOnTime,
                disliked, recomplained, linked);
    }

    private static Pakn pakn(ResultSet rs, int row) throws SQLException {
        return new Pakn(rs.getLong("id"), rs.getString("code"), rs.getObject("received_on", LocalDate.class),
                PaknChannel.valueOf(rs.getString("channel")), rs.getString("content"), rs.getString("dossier_code"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("answered_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getBoolean("disliked"), rs.getBoolean("recomplained"));
    }
}
