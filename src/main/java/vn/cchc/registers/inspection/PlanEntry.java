package vn.cchc.registers.inspection;

import java.time.LocalDate;

/** One line of the year's inspection plan: a unit, when (a month or a day) and who inspects. */
public record PlanEntry(long id, long communeId, int year, long unitId, Integer plannedMonth, LocalDate plannedOn,
                        String inspectors, String note) {
}
