package vn.cchc.planimport;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.calendar.Period;
import vn.cchc.plan.DeadlinePhraseParser;
import vn.cchc.plan.DeadlineRule;

/**
 * What a task's deadline phrase means, for the review page: the rule's kind and its due dates within the plan's
 * period, or the parser's message when it does not understand the phrase. The only place this module calls the
 * plan module's parser (which is being rewritten to explain itself and warn; its explanation goes here).
 */
public record DeadlinePreview(boolean ok, String kind, List<LocalDate> dueDates, String messageKey, Object[] args) {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();
    private static final int SHOWN_DATES = 6;

    static DeadlinePreview of(String phrase, String periodCode, int defaultYear) {
        Period period;
        try {
            period = Period.parse(periodCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            period = Period.year(defaultYear);
        }
        DeadlinePhraseParser.ParseResult result = PARSER.parse(phrase,
                DeadlinePhraseParser.ParseContext.of(period.year()));
        if (result instanceof DeadlinePhraseParser.ParseResult.Failed failed) {
            return new DeadlinePreview(false, null, List.of(), failed.messageKey(), failed.args());
        }
        DeadlineRule rule = ((DeadlinePhraseParser.ParseResult.Parsed) result).rule();
        List<LocalDate> due = rule.occurrences(period).stream().map(DeadlineRule.Occurrence::due)
                .filter(java.util.Objects::nonNull).limit(SHOWN_DATES).toList();
        return new DeadlinePreview(true, rule.kind(), due, null, null);
    }
}
