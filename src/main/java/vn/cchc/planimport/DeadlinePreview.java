package vn.cchc.planimport;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlineMessage;
import vn.cchc.plan.DeadlinePhraseParser;
import vn.cchc.shared.BeforeReading;

/**
 * What a task's deadline phrase means, for the review page, as the task form would say it once the plan exists:
 * the grammar's one-sentence explanation, its first due dates within the plan's period and its warnings (outside
 * the plan, already past), or the parser's message when it does not understand the phrase. The only place this
 * module calls the plan module's parser.
 */
public record DeadlinePreview(boolean ok, String kind, MessageSourceResolvable explanation, List<LocalDate> dueDates,
                              List<DeadlineMessage> warnings, String messageKey, Object[] args) {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();
    private static final int SHOWN_DATES = 6;

    /** How the page reads phrases: the plan's period and cadence as the form has them, today, the province's reading. */
    record Context(String periodCode, PeriodType cadence, int defaultYear, LocalDate today, BeforeReading reading) {
        DeadlinePhraseParser.ParseContext parseContext() {
            Period period;
            try {
                period = Period.parse(periodCode);
            } catch (IllegalArgumentException | NullPointerException e) {
                period = Period.year(defaultYear);
            }
            return new DeadlinePhraseParser.ParseContext(period, cadence, today, reading);
        }
    }

    static DeadlinePreview of(String phrase, Context context) {
        DeadlinePhraseParser.ParseResult result = PARSER.parse(phrase, context.parseContext());
        if (result instanceof DeadlinePhraseParser.ParseResult.Failed failed) {
            return new DeadlinePreview(false, null, null, List.of(), List.of(), failed.messageKey(), failed.args());
        }
        DeadlinePhraseParser.ParseResult.Parsed parsed = (DeadlinePhraseParser.ParseResult.Parsed) result;
        return new DeadlinePreview(true, parsed.rule().kind(), parsed.explanation(),
                parsed.dueDates().stream().limit(SHOWN_DATES).toList(), parsed.warnings(), null, null);
    }
}
