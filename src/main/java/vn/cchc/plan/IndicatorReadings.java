package vn.cchc.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.cchc.calendar.Period;

/**
 * Where computed target values come from: the module that computes indicators (the one-stop ledger) implements
 * this, so a target measured by an indicator shows its actual value without the plan module depending on it.
 */
public interface IndicatorReadings {

    /** The indicators a target can be measured by. */
    List<Option> options();

    /** The value (a percentage 0–100, or points for a score) over the period; empty when nothing was measured. */
    Optional<BigDecimal> read(long communeId, String code, Period period);

    record Option(String code, String messageKey) {
    }
}
