package vn.cchc.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.cchc.calendar.Period;

/**
 * A module that computes indicators a target or a PAR criterion can be measured by (the one-stop ledger, the
 * satisfaction surveys). Implemented outside plan so that plan depends on none of them; {@link IndicatorReadings}
 * gathers every source, in their {@code @Order}.
 */
public interface IndicatorSource {

    /** The indicators this source offers; each code unique across all sources. */
    List<IndicatorReadings.Option> options();

    /** The value (a percentage 0–100, or points for a score) over the period; empty when nothing was measured. */
    Optional<BigDecimal> read(long communeId, String code, Period period);
}
