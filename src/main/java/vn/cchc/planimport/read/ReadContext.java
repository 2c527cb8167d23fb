package vn.cchc.planimport.read;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reader knows besides the text: the commune's units, the year to assume when the document states none,
 * today (Asia/Ho_Chi_Minh), and the codes of the one-stop indicators a target can be linked to.
 */
public record ReadContext(List<UnitName> units, int defaultYear, LocalDate today, List<String> indicatorCodes) {
    public ReadContext {
        units = List.copyOf(units);
        indicatorCodes = List.copyOf(indicatorCodes);
    }

    public UnitMatcher unitMatcher() {
        return new UnitMatcher(units);
    }
}
