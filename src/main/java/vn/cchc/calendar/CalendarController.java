package vn.cchc.calendar;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.VietnamTime;

/** The province's working calendar for a year; the province admin edits and imports the official schedule. */
@Controller
class CalendarController {

    private static final long MAX_IMPORT_BYTES = 64 * 1024;

    private final WorkingCalendars calendars;
    private final Clock clock;

    CalendarController(WorkingCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String year(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? VietnamTime.today(clock).getYear() : year;
        if (!PlausibleDates.containsYear(y)) {
            throw new vn.cchc.shared.NotFoundException("calendar year", y);
        }
        return show(me, y, model);
    }

    private String show(CurrentUser me, int year, Model model) {
        WorkingCalendar calendar = calendars.of(me.provinceId());
        YearSchedule schedule = calendars.schedule(me.provinceId(), year);
        Map<LocalDate, DayOverride> entered = new TreeMap<>();
        schedule.overrides().forEach(o -> entered.put(o.date(), o));
        List<Row> rows = new ArrayList<>();
        calendar.specialDays(year).values().forEach(d -> rows.add(new Row(d, entered.containsKey(d.date()))));
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("official", schedule.official());
        model.addAttribute("workingDays", calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
        model.addAttribute("canEdit", me.canEditCalendar());
        model.addAttribute("kinds", DayOverride.Kind.values());
        return "calendar/year";
    }

    @PostMapping("/calendar/days")
    String setDay(@AuthenticationPrincipal CurrentUser me,
                  @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
                  @RequestParam DayOverride.Kind kind, @RequestParam String name, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(me);
        try {
            calendars.setDay(me.provinceId(), new DayOverride(date, kind, name));
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problem", e.problems().get(0).messageKey());
            return show(me, date.getYear(), model);
        }
        redirect.addFlashAttribute("notice", "calendar.saved");
        return "redirect:/calendar?year=" + date.getYear();
    }

    @PostMapping("/calendar/days/delete")
    String removeDay(@AuthenticationPrincipal CurrentUser me,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        requireEditor(me);
        calendars.removeDay(me.provinceId(), date);
        return "redirect:/calendar?year=" + date.getYear();
    }

    @PostMapping("/calendar/official")
    String setOfficial(@AuthenticationPrincipal CurrentUser me, @RequestParam int year, @RequestParam boolean official) {
        requireEditor(me);
        requirePlausible(year);
        calendars.setOfficial(me.provinceId(), year, official);
        return "redirect:/calendar?year=" + year;
    }

    @PostMapping("/calendar/import")
    String importYear(@AuthenticationPrincipal CurrentUser me, @RequestParam int year, @RequestParam MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean replaceDefaults, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        requireEditor(me);
        requirePlausible(year);
        try {
            if (file.isEmpty()) {
                throw InvalidInput.of("file", "calendar.import.empty");
            }
            if (file.getSize() > MAX_IMPORT_BYTES) {
                throw InvalidInput.of("file", "calendar.import.tooLarge", MAX_IMPORT_BYTES / 1024);
            }
            int count = calendars.importYear(me.provinceId(), year,
                    new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), replaceDefaults);
            redirect.addFlashAttribute("notice", "calendar.imported");
            redirect.addFlashAttribute("noticeArg", count);
            return "redirect:/calendar?year=" + year;
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("importProblems", e.problems());
            return show(me, year, model);
        }
    }

    private static void requirePlausible(int year) {
        if (!PlausibleDates.containsYear(year)) {
            throw InvalidInput.of("year", "date.yearRange", String.valueOf(PlausibleDates.FIRST_YEAR),
                    String.valueOf(PlausibleDates.LAST_YEAR));
        }
    }

    private static void requireEditor(CurrentUser me) {
        if (!me.canEditCalendar()) {
            throw new AccessDeniedException("calendar");
        }
    }

    /** A special day and whether it was entered by the province (else computed). */
    record Row(WorkingCalendar.Day day, boolean entered) {
    }
}
