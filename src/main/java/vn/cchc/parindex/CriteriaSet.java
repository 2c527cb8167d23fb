package vn.cchc.parindex;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.calendar.Period;

/** A province's versioned criteria set, e.g. "Thanh Hóa – UBND xã – 2026", version 2. */
public record CriteriaSet(long id, long provinceId, String code, int version, String title, int year,
                          BigDecimal surveyPoints, String grading, String halfDeadline, String yearDeadline,
                          boolean example, SetStatus status, Instant createdAt) {

    public enum SetStatus { DRAFT, ACTIVE, RETIRED }

    public boolean editable() {
        return status == SetStatus.DRAFT;
    }

    public Grading grades() {
        return Grading.parse(grading);
    }

    /** The self-assessment deadline of a period of the set's year: the half-year one for S1, else the annual one. */
    public LocalDate deadline(boolean halfYear) {
        String dayMonth = halfYear ? halfDeadline : yearDeadline;
        return LocalDate.of(year, Integer.parseInt(dayMonth.substring(3)), Integer.parseInt(dayMonth.substring(0, 2)));
    }

    /** The periods the set is self-assessed for, by code, each with its deadline: the first half, then the year. */
    public Map<String, LocalDate> periodDeadlines() {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        deadlines.put(Period.half(year, 1).code(), deadline(true));
        deadlines.put(Period.year(year).code(), deadline(false));
        return deadlines;
    }
}
