package vn.cchc.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.NotFoundException;

/**
 * The iCalendar feed behind a secret address (no sign-in: calendar apps cannot log in): exactly what the owner's
 * month view shows unfiltered, from three months back to twelve ahead, in Vietnamese. A malformed, unknown or
 * revoked token is 404, and reading the feed writes nothing.
 */
@RestController
class FeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");
    static final int MONTHS_BACK = 3;
    static final int MONTHS_AHEAD = 12;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FeedTokens feeds;
    private final Deadlines deadlines;
    private final MessageSource messages;
    private final Clock clock;

    FeedController(FeedTokens feeds, Deadlines deadlines, MessageSource messages, Clock clock) {
        this.feeds = feeds;
        this.deadlines = deadlines;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/ical/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        CurrentUser owner = feeds.owner(token).orElseThrow(() -> new NotFoundException("feed", "token"));
        YearMonth now = YearMonth.from(deadlines.today());
        LocalDate from = now.minusMonths(MONTHS_BACK).atDay(1);
        LocalDate to = now.plusMonths(MONTHS_AHEAD).atEndOfMonth();
        DeadlineScope scope = DeadlineScope.of(owner, null, deadlines.units(owner));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<ICalendarWriter.Event> events = deadlines.between(owner, scope, from, to).stream()
                .map(e -> event(e, owner.requireCommune(), base)).toList();
        String body = ICalendarWriter.write(text("deadlines.feed.calendarName"), events, clock.instant());
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(body);
    }

    private ICalendarWriter.Event event(DeadlineEntry e, long communeId, String base) {
        StringBuilder summary = new StringBuilder(text(e.kind().key())).append(": ").append(e.title());
        if (!e.who().isEmpty()) {
            summary.append(" – ").append(e.who());
        }
        if (e.coordinating()) {
            summary.append(" (").append(text("deadlines.coordinating")).append(')');
        }
        String description = e.done() ? text("deadlines.done") : null;
        return new ICalendarWriter.Event(e.uid() + ".c" + communeId + "@cchc", e.date(), summary.toString(),
                description, base + e.link());
    }

    private String text(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }
}
