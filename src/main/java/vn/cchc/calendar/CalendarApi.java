package vn.cchc.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.PlausibleDates;

/** Working-day arithmetic and periods over the logged-in user's province calendar. Instants are ISO-8601. */
@RestController
class CalendarApi {

    private static final int MAX_DAYS = 3660;

    private final WorkingCalendars calendars;

    CalendarApi(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/api/v1/calendar/working-day")
    Map<String, Object> workingDay(@AuthenticationPrincipal CurrentUser me,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        WorkingCalendar.Day day = calendars.of(me.provinceId()).describe(date);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date.toString());
        body.put("working", day.working());
        body.put("reason", day.reason());
        return body;
    }

    @GetMapping("/api/v1/calendar/add-working-days")
    ResponseEntity<Map<String, Object>> addWorkingDays(@AuthenticationPrincipal CurrentUser me,
                                                       @RequestParam OffsetDateTime from, @RequestParam int days) {
        if (Math.abs(days) > MAX_DAYS) {
            return tooLarge("days", MAX_DAYS);
        }
        ZonedDateTime result = calendars.of(me.provinceId()).addWorkingDays(from.toInstant(), days);
        return ResponseEntity.ok(Map.of("from", from.toString(), "days", days, "result", result.toOffsetDateTime().toString()));
    }

    @GetMapping("/api/v1/calendar/add-working-hours")
    ResponseEntity<Map<String, Object>> addWorkingHours(@AuthenticationPrincipal CurrentUser me,
                                                        @RequestParam OffsetDateTime from, @RequestParam int hours) {
        if (hours < 0 || hours > MAX_DAYS * 8) {
            return tooLarge("hours", MAX_DAYS * 8);
        }
        ZonedDateTime result = calendars.of(me.provinceId()).addWorkingHours(from.toInstant(), hours);
        return ResponseEntity.ok(Map.of("from", from.toString(), "hours", hours, "result", result.toOffsetDateTime().toString()));
    }

    @GetMapping("/api/v1/calendar/working-days-between")
    ResponseEntity<Map<String, Object>> between(@AuthenticationPrincipal CurrentUser me,
                                                @RequestParam OffsetDateTime from, @RequestParam OffsetDateTime to) {
        Instant a = from.toInstant();
        Instant b = to.toInstant();
        if (Math.abs(java.time.Duration.between(a, b).toDays()) > MAX_DAYS * 2L) {
            return tooLarge("to", MAX_DAYS * 2);
        }
        return ResponseEntity.ok(Map.of("from", from.toString(), "to", to.toString(),
                "workingDays", calendars.of(me.provinceId()).workingDaysBetween(a, b)));
    }

    @GetMapping("/api/v1/periods/{code}")
    ResponseEntity<Map<String, Object>> period(@PathVariable String code) {
        Period p;
        try {
            p = Period.parse(code);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.unprocessableEntity().body(Map.of("error", "period.invalid", "code", code));
        }
        return ResponseEntity.ok(describe(p));
    }

    @GetMapping("/api/v1/periods")
    ResponseEntity<?> periods(@RequestParam int year, @RequestParam PeriodType type) {
        if (!PlausibleDates.containsYear(year)) {
            return ResponseEntity.unprocessableEntity().body(Map.of("error", "year.invalid", "year", year));
        }
        return ResponseEntity.ok(Period.allOf(type, year).stream().map(CalendarApi::describe).toList());
    }

    private static Map<String, Object> describe(Period p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", p.code());
        body.put("type", p.type().name());
        body.put("label", p.label());
        body.put("start", p.start().toString());
        body.put("end", p.end().toString());
        return body;
    }

    private static ResponseEntity<Map<String, Object>> tooLarge(String field, int max) {
        return ResponseEntity.unprocessableEntity().body(Map.of("error", "too.large", "field", field, "max", max));
    }
}
