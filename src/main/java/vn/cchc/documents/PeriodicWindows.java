package vn.cchc.documents;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The periodic reports a commune writes for a plan year (Quý I, 6 tháng, Quý III, Năm, and each month where the
 * plan reports monthly), with the windows its
 * province's report calendar sets, and how the report names its period in a sentence ("quý I năm 2026").
 */
@Component
class PeriodicWindows {

    /** The four 581/BNV-CCHC reports; a plan that reports monthly also has one per month (PeriodicKey). */
    static final List<ReportType> TYPES = List.of(ReportType.QUARTER_1, ReportType.HALF_YEAR, ReportType.QUARTER_3,
            ReportType.YEAR);

    private final ReportCalendar calendar;

    PeriodicWindows(ReportCalendar calendar) {
        this.calendar = calendar;
    }

    ReportWindow window(long provinceId, PeriodicKey key, int year) {
        return calendar.windowFor(provinceId, key.type(), year, key.month());
    }

    /** The last day of the next report's window: the tasks due up to it are the next period's. */
    LocalDate nextTo(long provinceId, ReportWindow window) {
        if (window.type() == ReportType.MONTH) {
            int month = window.month() % 12 + 1;
            return calendar.windowFor(provinceId, ReportType.MONTH, window.year() + (month == 1 ? 1 : 0), month).to();
        }
        int next = TYPES.indexOf(window.type()) + 1;
        return next < TYPES.size() ? window(provinceId, new PeriodicKey(TYPES.get(next), null), window.year()).to()
                : window(provinceId, new PeriodicKey(TYPES.get(0), null), window.year() + 1).to();
    }

    static String label(ReportWindow window) {
        String period = switch (window.type()) {
            case QUARTER_1 -> "quý I ";
            case HALF_YEAR -> "6 tháng ";
            case QUARTER_3 -> "quý III ";
            case MONTH -> "tháng " + window.month() + " ";
            default -> "";
        };
        return period + "năm " + window.year();
    }
}
