package vn.cchc.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A province's report calendar for one year: the four periodic reports and the twelve monthly ones. */
public record ReportYear(int year, List<ReportWindow> periodic, List<ReportWindow> months) {

    /** The year under the given rules (one per report type). */
    public static ReportYear of(int year, Map<ReportType, ReportWindowRule> rules) {
        List<ReportWindow> periodic = new ArrayList<>();
        for (ReportType type : ReportType.values()) {
            if (!type.monthly()) {
                periodic.add(rules.get(type).window(year, null));
            }
        }
        List<ReportWindow> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(rules.get(ReportType.MONTH).window(year, month));
        }
        return new ReportYear(year, List.copyOf(periodic), List.copyOf(months));
    }

    /** The periodic report due next: the first whose due date is today or later. */
    public Optional<ReportWindow> nextPeriodic(LocalDate today) {
        return next(periodic, today);
    }

    /** The monthly report due next. */
    public Optional<ReportWindow> nextMonth(LocalDate today) {
        return next(months, today);
    }

    private static Optional<ReportWindow> next(List<ReportWindow> windows, LocalDate today) {
        return windows.stream().filter(w -> !w.due().isBefore(today))
                .min(Comparator.comparing(ReportWindow::due).thenComparing(ReportWindow::type));
    }
}
