package vn.cchc.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.DeadlineReadings;
import vn.cchc.shared.BeforeReading;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.VietnamTime;

/**
 * {@code GET /api/v1/deadline-phrases/parse?text=…&year=…}: the rule a phrase means, one sentence explaining it,
 * warnings (dates outside the plan, already past, another year), the reading of "Trước ngày X" used, and due dates.
 */
@RestController
class DeadlinePhraseApi {

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final MessageSource messages;
    private final DeadlineReadings readings;
    private final Clock clock;

    DeadlinePhraseApi(MessageSource messages, DeadlineReadings readings, Clock clock) {
        this.messages = messages;
        this.readings = readings;
        this.clock = clock;
    }

    /**
     * @param period the plan's span (e.g. {@code 2025S2}) used to expand recurring rules; defaults to the year
     * @param reportEvery how often continuous tasks are reported: MONTH or QUARTER (default)
     */
    @GetMapping("/api/v1/deadline-phrases/parse")
    ResponseEntity<?> parse(@AuthenticationPrincipal CurrentUser me, @RequestParam String text, @RequestParam int year,
                                              @RequestParam(required = false) String period,
                                              @RequestParam(defaultValue = "QUARTER") PeriodType reportEvery,
                                              Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (!PlausibleDates.containsYear(year)) {
            return unprocessable(body, "api.year.invalid", new Object[] {year}, locale);
        }
        Period span;
        try {
            span = period == null ? Period.year(year) : Period.parse(period);
        } catch (IllegalArgumentException e) {
            return unprocessable(body, "plan.period.invalid", new Object[0], locale);
        }
        BeforeReading reading = me.hasCommune() ? readings.ofCommune(me.requireCommune())
                : readings.ofProvince(me.provinceId());
        DeadlinePhraseParser.ParseContext context = new DeadlinePhraseParser.ParseContext(
                span, reportEvery, VietnamTime.today(clock), reading);
        DeadlinePhraseParser.ParseResult result = parser.parse(text, context);
        if (result instanceof DeadlinePhraseParser.ParseResult.Failed failed) {
            return unprocessable(body, failed.messageKey(), failed.args(), locale);
        }
        DeadlinePhraseParser.ParseResult.Parsed parsed = (DeadlinePhraseParser.ParseResult.Parsed) result;
        DeadlineRule rule = parsed.rule();
        return ResponseEntity.ok(new Parsed(text, rule.kind(), rule, messages.getMessage(parsed.explanation(), locale),
                parsed.warnings().stream().map(w -> messages.getMessage(w, locale)).toList(), reading,
                parsed.dueDates().stream().map(LocalDate::toString).toList(), rule.occurrences(span)));
    }

    /** The rule is typed as {@link DeadlineRule} so that JSON carries its "kind". */
    record Parsed(String text, String kind, DeadlineRule rule, String explanation, List<String> warnings,
                  BeforeReading beforeReading, List<String> dueDates, List<DeadlineRule.Occurrence> occurrences) {
    }

    private ResponseEntity<Map<String, Object>> unprocessable(Map<String, Object> body, String key, Object[] args,
                                                              Locale locale) {
        body.put("error", key);
        body.put("reason", messages.getMessage(key, args, key, locale));
        return ResponseEntity.unprocessableEntity().body(body);
    }
}
