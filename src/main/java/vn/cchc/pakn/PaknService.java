package vn.cchc.pakn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.Paged;
import vn.cchc.shared.SearchQuery;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.VietnamTime;

/**
 * PAKN items of a commune: the list, recording and updating an item, and the period's figures other modules read
 * (the 766 score card, the periodic report). Deadlines and counts follow {@link PaknTimeliness} with
 * {@code cchc.pakn.handling-working-days} (15) and {@code cchc.pakn.publish-working-days} (2) working days.
 */
@Service
public class PaknService {

    private final PaknRepository repository;
    private final OneStopAccess access;
    private final WorkingCalendars calendars;
    private final OrgDirectory org;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int handlingDays;
    private final int publishDays;

    PaknService(PaknRepository repository, OneStopAccess access, WorkingCalendars calendars, OrgDirectory org,
                Clock clock, ApplicationEventPublisher events,
                @Value("${cchc.pakn.handling-working-days:15}") int handlingDays,
                @Value("${cchc.pakn.publish-working-days:2}") int publishDays) {
        this.repository = repository;
        this.access = access;
        this.calendars = calendars;
        this.org = org;
        this.clock = clock;
        this.events = events;
        this.handlingDays = handlingDays;
        this.publishDays = publishDays;
    }

    private PaknTimeliness timeliness(long communeId) {
        return new PaknTimeliness(calendars.of(org.commune(communeId).provinceId()), handlingDays, publishDays);
    }

    public List<Pakn> list(CurrentUser user, Period period, String query) {
        return repository.received(user.requireCommune(), period.start(), period.end(), SearchText.key(query));
    }

    /** The commune's items received in the period, newest first, for a machine client reading on its behalf. */
    public List<Pakn> received(long communeId, Period period) {
        return repository.received(communeId, period.start(), period.end(), "");
    }

    public Pakn get(CurrentUser user, long id) {
        return repository.find(user.requireCommune(), id).orElseThrow(() -> new NotFoundException("pakn", id));
    }

    public LocalDate defaultDue(long communeId, LocalDate receivedOn) {
        return timeliness(communeId).defaultDue(receivedOn);
    }

    public LocalDate publicationDue(long communeId, LocalDate answeredOn) {
        return timeliness(communeId).publicationDue(answeredOn);
    }

    /**
     * Saves a new (id null) or changed item; dates are checked in order and not in the future, and a published date
     * needs the question as published and the answer (what the public site shows). Tells the public site.
     */
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
        if (f.getPublishedOn() != null && f.getPublicQuestion() == null) {
            problems.add("publicQuestion", "pakn.publicQuestion.neededToPublish");
        }
        if (f.getPublishedOn() != null && f.getAnswer() == null) {
            problems.add("answer", "pakn.answer.neededToPublish");
        }
        if (f.getDueOn() != null && f.getDueOn().isBefore(f.getReceivedOn())) {
            problems.add("dueOn", "pakn.dueBeforeReceived");
        }
        if (repository.codeTaken(communeId, f.getCode(), id == null ? -1L : id)) {
            problems.add("code", "pakn.codeTaken");
        }
        problems.throwIfAny();
        LocalDate due = f.getDueOn() != null ? f.getDueOn() : defaultDue(communeId, f.getReceivedOn());
        Pakn item = new Pakn(id == null ? 0 : id, f.getCode(), f.getReceivedOn(), f.getChannel(), f.getContent(),
                f.getDossierCode(), due, f.getAnsweredOn(), f.getPublishedOn(), f.isDisliked(), f.isRecomplained(),
                f.getPublicQuestion(), f.getAnswer());
        String search = SearchText.key(f.getCode() + " " + f.getContent() + " " + (f.getDossierCode() == null ? "" : f.getDossierCode()));
        long saved;
        if (id == null) {
            saved = repository.insert(communeId, item, search, user.id(), clock.instant());
        } else {
            get(user, id);
            repository.update(communeId, id, item, search, clock.instant());
            saved = id;
        }
        events.publishEvent(new PaknChanged(communeId));
        return saved;
    }

    /**
     * The public site's page of the commune's answers: items published by today with both public texts, newest
     * answer first, holding every word of the query in their question or answer (diacritics ignored; null: all).
     */
    public Paged<PublicAnswer> published(long communeId, SearchQuery query, int page, int size) {
        return repository.published(communeId, VietnamTime.today(clock), query, page, size);
    }

    /**
     * When what the public site shows of the commune's PAKN last changed: the latest save, or the start of the latest
     * publication date reached since (an answer dated to be published tomorrow appears then without a save).
     */
    public Optional<Instant> lastChange(long communeId) {
        PaknRepository.LastChange c = repository.lastChange(communeId, VietnamTime.today(clock));
        Instant published = c.published() == null ? null : c.published().atStartOfDay(VietnamTime.ZONE).toInstant();
        if (c.updated() == null || (published != null && published.isAfter(c.updated()))) {
            return Optional.ofNullable(published);
        }
        return Optional.of(c.updated());
    }

    /** The items whose answer is due between the two days (both included), answered or not: the deadline calendar. */
    public List<Pakn> dueBetween(long communeId, LocalDate from, LocalDate to) {
        return repository.dueBetween(communeId, from, to);
    }

    /** The period's PAKN figures; items open at the period's end (or today, if earlier) are judged then. */
    public PaknFigures figures(long communeId, Period period) {
        List<Pakn> items = repository.relevantTo(communeId, period.start(), period.end());
        return timeliness(communeId).figures(items, period, VietnamTime.today(clock));
    }
}
