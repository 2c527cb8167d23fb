package vn.cchc.registers.inspection;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.DeadlineReadings;
import vn.cchc.plan.DeadlinePhraseParser;
import vn.cchc.plan.DeadlinePhraseParser.ParseResult;
import vn.cchc.plan.DeadlineRule;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.VietnamTime;

/**
 * A remediation deadline is typed as a plan deadline phrase ("Trước ngày 30/6/2026", "Trong tháng 7", "Quý III")
 * and read with the plan's grammar and the commune's reading of "Trước ngày X"; a phrase without a year takes the
 * inspection's. It must name one day (a fixed date, the end of one period or of a span), not before the inspection.
 */
@Component
class RemediationDeadlines {

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final DeadlineReadings readings;
    private final Clock clock;

    RemediationDeadlines(DeadlineReadings readings, Clock clock) {
        this.readings = readings;
        this.clock = clock;
    }

    /** The due date, or null with the reason added to the problems under "deadline". */
    LocalDate dueOn(long communeId, String phrase, LocalDate inspectedOn, InvalidInput.Collector problems) {
        Reading reading = read(communeId, phrase, inspectedOn.getYear());
        if (reading.due() == null) {
            problems.add("deadline", reading.messageKey(), reading.args());
            return null;
        }
        if (reading.due().isBefore(inspectedOn)) {
            problems.add("deadline", "registers.inspection.deadline.beforeInspection",
                    InspectionService.DAY.format(inspectedOn));
            return null;
        }
        return reading.due();
    }

    /** The phrase read for an inspection of the given year: the day it names, or why it names none. */
    Reading read(long communeId, String phrase, int inspectionYear) {
        var context = new DeadlinePhraseParser.ParseContext(Period.year(inspectionYear), PeriodType.QUARTER,
                VietnamTime.today(clock), readings.ofCommune(communeId));
        ParseResult result = parser.parse(phrase, context);
        if (result instanceof ParseResult.Failed failed) {
            return Reading.refused(failed.messageKey(), failed.args());
        }
        DeadlineRule rule = ((ParseResult.Parsed) result).rule();
        if (!(rule instanceof DeadlineRule.FixedDate) && !(rule instanceof DeadlineRule.WithinPeriod)
                && !(rule instanceof DeadlineRule.Span)) {
            return Reading.refused("registers.inspection.deadline.notOneDay");
        }
        return new Reading(rule.occurrences(context.span()).get(0).due(), null, new Object[0]);
    }

    /** A phrase's due date, or (due null) the message key and arguments saying why it has none. */
    record Reading(LocalDate due, String messageKey, Object[] args) {
        static Reading refused(String messageKey, Object... args) {
            return new Reading(null, messageKey, args);
        }
    }
}
