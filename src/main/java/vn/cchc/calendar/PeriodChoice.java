package vn.cchc.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.InvalidInput;

/** The periods an indicator page offers for a year (year, halves, nine months, quarters, months) and parsing one. */
public final class PeriodChoice {

    private PeriodChoice() {
    }

    public static Period parse(String code, LocalDate today) {
        if (code == null || code.isBlank()) {
            return Period.year(today.getYear());
        }
        try {
            return Period.parse(code.trim());
        } catch (RuntimeException e) {
            throw InvalidInput.of("period", "calendar.period.invalid", code);
        }
    }

    /** Every period of the year that has started by today. */
    public static List<Period> options(int year, LocalDate today) {
        List<Period> out = new ArrayList<>();
        out.add(Period.year(year));
        out.addAll(Period.allOf(PeriodType.HALF_YEAR, year));
        out.add(Period.nineMonths(year));
        out.addAll(Period.allOf(PeriodType.QUARTER, year));
        out.addAll(Period.allOf(PeriodType.MONTH, year));
        out.removeIf(p -> p.start().isAfter(today));
        return out;
    }
}
