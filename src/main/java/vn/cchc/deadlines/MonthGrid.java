package vn.cchc.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks of a month as a wall calendar shows them in Vietnam: Monday first, whole weeks, so the first week starts
 * with the last days of the previous month and the last week ends with the first days of the next. Pure.
 */
public record MonthGrid(YearMonth month, List<List<LocalDate>> weeks) {

    public static MonthGrid of(YearMonth month) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<LocalDate>> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<LocalDate> week = new ArrayList<>(7);
            for (int d = 0; d < 7; d++) {
                week.add(monday.plusDays(d));
            }
            weeks.add(List.copyOf(week));
        }
        return new MonthGrid(month, List.copyOf(weeks));
    }

    public LocalDate firstShown() {
        return weeks.get(0).get(0);
    }

    public LocalDate lastShown() {
        return weeks.get(weeks.size() - 1).get(6);
    }

    public boolean inMonth(LocalDate day) {
        return YearMonth.from(day).equals(month);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
