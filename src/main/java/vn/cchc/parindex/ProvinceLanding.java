package vn.cchc.parindex;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Role;
import vn.cchc.shared.VietnamTime;

/**
 * The province's landing page: what awaits the appraiser across the province's communes (oldest first, with the
 * working days it has waited), the ranking of the latest period any commune sent, and for the province's admin the
 * year's to-dos (holiday calendar not yet published, no active criteria set). Another province's communes never appear.
 */
@Service
public class ProvinceLanding {

    /** From this day of the year, next year's holiday calendar is due (the Prime Minister's schedule comes in autumn). */
    static final MonthDay NEXT_YEAR_CALENDAR_FROM = MonthDay.of(10, 1);

    private final DeadlineQueries queries;
    private final ProvinceRanking ranking;
    private final CriteriaRepository criteria;
    private final WorkingCalendars calendars;
    private final OrgDirectory org;
    private final Clock clock;

    ProvinceLanding(DeadlineQueries queries, ProvinceRanking ranking, CriteriaRepository criteria,
                    WorkingCalendars calendars, OrgDirectory org, Clock clock) {
        this.queries = queries;
        this.ranking = ranking;
        this.criteria = criteria;
        this.calendars = calendars;
        this.org = org;
        this.clock = clock;
    }

    /** One assessment awaiting the appraiser. */
    public record Awaiting(Commune commune, Assessment assessment, String periodLabel, AppraisalQueue.Reason reason,
                           LocalDate since, int workingDays) {
    }

    /** Something the province's admin should do: a message key with its argument, and where to do it. */
    public record Todo(String key, String arg, String link) {
    }

    public record View(LocalDate today, List<Awaiting> awaiting, ProvinceRanking.View ranking, List<Todo> todos,
                       boolean admin) {
    }

    public View view(CurrentUser user) {
        if (!user.role().provinceLevel()) {
            throw new AccessDeniedException("province landing");
        }
        LocalDate today = VietnamTime.today(clock);
        List<Commune> communes = org.communesOf(user.provinceId());
        Map<Long, Commune> byId = communes.stream().collect(Collectors.toMap(Commune::id, Function.identity()));
        List<Long> ids = communes.stream().map(Commune::id).toList();
        WorkingCalendar calendar = calendars.of(user.provinceId());
        List<Awaiting> awaiting = new ArrayList<>();
        for (DeadlineQueries.Sent s : queries.sent(ids)) {
            AppraisalQueue.of(s.assessment(), s.explainedAt(), today).ifPresent(w -> awaiting.add(new Awaiting(
                    byId.get(s.assessment().communeId()), s.assessment(), Period.parse(s.assessment().periodCode()).label(),
                    w.reason(), w.since(), w.since() == null ? 0 : calendar.workingDaysBetween(w.since(), today))));
        }
        awaiting.sort(Comparator.comparing(Awaiting::since, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.commune().name()));
        Period latest = queries.sentPeriods(ids).stream().map(Period::parse).max(Comparator.naturalOrder())
                .orElse(ProvinceRanking.currentPeriod(today));
        boolean admin = user.role() == Role.PROVINCE_ADMIN;
        return new View(today, awaiting, ranking.view(user.provinceId(), latest), admin ? todos(user, today) : List.of(),
                admin);
    }

    private List<Todo> todos(CurrentUser user, LocalDate today) {
        List<Todo> out = new ArrayList<>();
        int year = today.getYear();
        if (!calendars.schedule(user.provinceId(), year).official()) {
            out.add(new Todo("province.todo.calendar", String.valueOf(year), "/calendar?year=" + year));
        }
        if (!MonthDay.from(today).isBefore(NEXT_YEAR_CALENDAR_FROM)
                && !calendars.schedule(user.provinceId(), year + 1).official()) {
            out.add(new Todo("province.todo.calendar", String.valueOf(year + 1), "/calendar?year=" + (year + 1)));
        }
        if (criteria.active(user.provinceId(), year).isEmpty()) {
            out.add(new Todo("province.todo.criteriaSet", String.valueOf(year), "/parindex/sets"));
        }
        return out;
    }
}
