package vn.cchc.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.PlausibleDates;

/**
 * The month view of a user's due dates (Monday first; at phone width a list of days) with the province's holidays,
 * month navigation and, for coordinators, a unit filter; and the user's secret calendar feed address.
 */
@Controller
class DeadlineController {

    private final Deadlines deadlines;
    private final FeedTokens feeds;
    private final WorkingCalendars calendars;
    private final OrgDirectory org;

    DeadlineController(Deadlines deadlines, FeedTokens feeds, WorkingCalendars calendars, OrgDirectory org) {
        this.deadlines = deadlines;
        this.feeds = feeds;
        this.calendars = calendars;
        this.org = org;
    }

    @GetMapping("/deadlines")
    String month(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String month,
                 @RequestParam(required = false) Long unit, Model model) {
        List<Unit> units = deadlines.units(me);
        DeadlineScope scope = DeadlineScope.of(me, unit, units);
        LocalDate today = deadlines.today();
        MonthGrid grid = MonthGrid.of(month == null || month.isBlank() ? YearMonth.from(today) : parse(month));
        Map<LocalDate, List<DeadlineEntry>> byDay = deadlines.between(me, scope, grid.firstShown(), grid.lastShown())
                .stream().collect(Collectors.groupingBy(DeadlineEntry::date));
        WorkingCalendar calendar = calendars.of(org.commune(scope.communeId()).provinceId());
        List<List<DayCell>> weeks = new ArrayList<>();
        for (List<LocalDate> week : grid.weeks()) {
            weeks.add(week.stream().map(day -> cell(day, grid, today, calendar, byDay)).toList());
        }
        model.addAttribute("grid", grid);
        model.addAttribute("weeks", weeks);
        model.addAttribute("scope", scope);
        model.addAttribute("units", units);
        model.addAttribute("total", byDay.entrySet().stream().filter(e -> grid.inMonth(e.getKey()))
                .mapToInt(e -> e.getValue().size()).sum());
        model.addAttribute("feedCreatedAt", feeds.createdAt(me).orElse(null));
        return "deadlines/month";
    }

    @PostMapping("/deadlines/feed")
    String createFeed(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        String token = feeds.create(me);
        redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/ical/{token}.ics").buildAndExpand(token).toUriString());
        redirect.addFlashAttribute("notice", "deadlines.feed.created");
        return "redirect:/deadlines#feed";
    }

    @PostMapping("/deadlines/feed/revoke")
    String revokeFeed(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        me.requireCommune();
        feeds.revoke(me);
        redirect.addFlashAttribute("notice", "deadlines.feed.revoked");
        return "redirect:/deadlines#feed";
    }

    private static DayCell cell(LocalDate day, MonthGrid grid, LocalDate today, WorkingCalendar calendar,
                                Map<LocalDate, List<DeadlineEntry>> byDay) {
        WorkingCalendar.Day d = calendar.describe(day);
        String holiday = d.working() || WorkingCalendar.Day.WEEKEND.equals(d.reason()) ? null : d.reason();
        return new DayCell(day, grid.inMonth(day), day.equals(today), d.working(), holiday,
                byDay.getOrDefault(day, List.of()));
    }

    /** "2026-11"; anything else, or a year out of range, is refused on the page (422). */
    private static YearMonth parse(String month) {
        try {
            YearMonth m = YearMonth.parse(month.strip());
            if (PlausibleDates.containsYear(m.getYear())) {
                return m;
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal
        }
        throw InvalidInput.of("month", "deadlines.month.invalid");
    }
}
