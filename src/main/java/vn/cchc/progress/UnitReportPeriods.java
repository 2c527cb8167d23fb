package vn.cchc.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;

/**
 * The rule for when units report to the standing agency on a plan (DHIS2-style typed periods with entry windows):
 * every month when the plan reports monthly, then the first quarter, the 6-month, the 9-month and the annual report
 * whose end falls in the plan's span, plus ad-hoc reports the standing agency requests. A period is due on the plan's
 * due day of its last month (the month's last day when it is shorter) and locks some days later; a window the
 * standing agency set overrides both for one period. Pure: no Spring, no database.
 */
public final class UnitReportPeriods {

    private UnitReportPeriods() {
    }

    /** The standing agency's window for one period: a changed due and lock date, or an ad-hoc report. */
    public record Window(String periodCode, boolean adHoc, String title, LocalDate startsOn, LocalDate dueOn,
                         LocalDate locksOn) {
    }

    /** Every period of the plan, by due date (on the same day the shorter period first). */
    public static List<ReportingPeriod> of(Period span, PeriodType cadence, int monthlyDueDay, int lockAfterDays,
                                           Collection<Window> windows) {
        Map<String, Window> byCode = windows.stream()
                .collect(Collectors.toMap(Window::periodCode, Function.identity(), (a, b) -> b));
        List<ReportingPeriod> result = new ArrayList<>();
        for (Period p : regular(span, cadence)) {
            Window w = byCode.get(p.code());
            LocalDate due = w != null ? w.dueOn() : dueOn(p.end(), monthlyDueDay);
            LocalDate locks = w != null ? w.locksOn() : due.plusDays(lockAfterDays);
            result.add(new ReportingPeriod(p.code(), label(p), p.start(), p.end(), p.start(), due, locks, false));
        }
        for (Window w : byCode.values()) {
            if (w.adHoc()) {
                result.add(new ReportingPeriod(w.periodCode(), w.title(), span.start(), w.dueOn(), w.startsOn(),
                        w.dueOn(), w.locksOn(), true));
            }
        }
        result.sort(Comparator.comparing(ReportingPeriod::due)
                .thenComparing(r -> r.end().toEpochDay() - r.start().toEpochDay()));
        return result;
    }

    /** The period to show by default: the first regular one not yet past due, else the plan's last. */
    public static ReportingPeriod current(List<ReportingPeriod> periods, LocalDate today) {
        return periods.stream().filter(p -> !p.adHoc() && !today.isAfter(p.due())).findFirst()
                .orElse(periods.get(periods.size() - 1));
    }

    /** The months (for a monthly plan), then Q1, the first half, nine months and the year, ending within the span. */
    static List<Period> regular(Period span, PeriodType cadence) {
        List<Period> result = new ArrayList<>();
        if (cadence == PeriodType.MONTH) {
            result.addAll(span.split(PeriodType.MONTH));
        }
        int year = span.year();
        for (Period p : List.of(Period.quarter(year, 1), Period.half(year, 1), Period.nineMonths(year),
                Period.year(year))) {
            if (!p.end().isBefore(span.start()) && !p.end().isAfter(span.end())) {
                result.add(p);
            }
        }
        return result;
    }

    /** The due day in the period's last month, or that month's last day when it is shorter. */
    static LocalDate dueOn(LocalDate periodEnd, int dueDay) {
        return periodEnd.withDayOfMonth(Math.min(dueDay, periodEnd.lengthOfMonth()));
    }

    static String label(Period p) {
        return switch (p.type()) {
            case MONTH -> "Báo cáo tháng " + p.index() + "/" + p.year();
            case QUARTER -> "Báo cáo quý " + roman(p.index()) + "/" + p.year();
            case HALF_YEAR -> p.index() == 1 ? "Báo cáo 6 tháng đầu năm " + p.year()
                    : "Báo cáo 6 tháng cuối năm " + p.year();
            case NINE_MONTHS -> "Báo cáo 9 tháng năm " + p.year();
            case YEAR -> "Báo cáo năm " + p.year();
        };
    }

    private static String roman(int n) {
        return new String[] {"", "I", "II", "III", "IV"}[n];
    }
}
