package vn.cchc.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.shared.PlausibleDates;

/** {@code GET /api/v1/deadline-phrases/parse?text=…&year=…}: the rule a phrase means and its due dates. */
@RestController
class DeadlinePhraseApi {

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final MessageSource messages;

    DeadlinePhraseApi(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param period the plan's span (e.g. {@code 2025S2}) used to expand recurring rules; defaults to the year
     * @param reportEvery how often continuous tasks are reported: MONTH or QUARTER (default)
     */
    @GetMapping("/api/v1/deadline-phrases/parse")
    ResponseEntity<?> parse(@RequestParam String text, @RequestParam int year,
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
        DeadlinePhraseParser.ParseResult result = parser.parse(text, new DeadlinePhraseParser.ParseContext(year, reportEvery));
        if (result instanceof DeadlinePhraseParser.ParseResult.Failed failed) {
            return unprocessable(body, failed.messageKey(), failed.args(), locale);
        }
        DeadlineRule rule = ((DeadlinePhraseParser.ParseResult.Parsed) result).rule();
        List<DeadlineRule.Occurrence> occurrences = rule.occurrences(span);
        return ResponseEntity.ok(new Parsed(text, rule.kind(), rule,
                occurrences.stream().map(DeadlineRule.Occurrence::due).map(LocalDate::toString).toList(), occurrences));
    }

    /** The rule is typed as {@link DeadlineRule} so that JSON carries its "kind". */
    record Parsed(String text, String kind, DeadlineRule rule, List<String> dueDates,
                  List<DeadlineRule.Occurrence> occurrences) {
    }

    private ResponseEntity<Map<String, Object>> unprocessable(Map<String, Object> body, String key, Object[] args,
                                                              Locale locale) {
        body.put("error", key);
        body.put("reason", messages.getMessage(key, args, key, locale));
        return ResponseEntity.unprocessableEntity().body(body);
    }
}
