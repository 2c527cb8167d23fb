package vn.cchc.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.InvalidInput;

/**
 * When a report's data window starts and ends and when it is due, as days of months: the national rule
 * (15/12 of the previous year → 14/3, due the 20th) or a province's own. For {@link ReportType#MONTH} the months are
 * not stored: the window starts in the report's month or the month before ({@code startEarlier}) and ends in the
 * report's month. A day a month does not have is its last day: 29/02 is 28/02 in a common year, and a monthly day 31
 * is the 30th in April.
 */
public record ReportWindowRule(ReportType type, String name, int startDay, Integer startMonth, boolean startEarlier,
                               int endDay, Integer endMonth, int dueDay, Basis basis) {

    public static final int MAX_NAME = 200;

    /** Where the rule comes from. */
    public enum Basis {
        /** The national rule of 581/BNV-CCHC. */
        NATIONAL,
        /** No national rule exists: a default inferred from the national one (monthly reports). */
        INFERRED,
        /** Set by the province. */
        PROVINCE
    }

    /** A leap year, the year after one and a year between: every case of February for a window and its start. */
    private static final int[] REFERENCE_YEARS = {2024, 2025, 2026};

    public ReportWindowRule {
        name = name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (type.monthly()) {
            startMonth = null;
            endMonth = null;
        }
    }

    /** The report of a year; {@code month} (1–12) only for a monthly report, ignored otherwise. */
    public ReportWindow window(int year, Integer month) {
        YearMonth period = type.monthly() ? YearMonth.of(year, month) : YearMonth.of(year, type.lastMonth(null));
        YearMonth start = type.monthly() ? period.minusMonths(startEarlier ? 1 : 0)
                : YearMonth.of(startEarlier ? year - 1 : year, startMonth);
        YearMonth end = type.monthly() ? period : YearMonth.of(year, endMonth);
        return new ReportWindow(type, name, year, type.monthly() ? month : null, day(start, startDay),
                day(end, endDay), day(period, dueDay), basis);
    }

    /** The day of the month, or its last day when the month is shorter. */
    static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /**
     * Refuses a rule a report cannot follow: a blank name, a month or a day that does not exist (31/04; 29/02 is
     * allowed), a window that ends before it starts or lasts more than 12 months, a due date before the window ends.
     */
    public void check() {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            problems.add("name", "documents.reportType.name", MAX_NAME);
        }
        checkDay(problems, "startDay", "startMonth", startDay, startMonth);
        checkDay(problems, "endDay", "endMonth", endDay, endMonth);
        checkDay(problems, "dueDay", null, dueDay, type.monthly() ? null : type.lastMonth(null));
        if (!problems.has("startDay") && !problems.has("startMonth") && !problems.has("endDay")
                && !problems.has("endMonth") && !problems.has("dueDay")) {
            checkWindows(problems);
        }
        problems.throwIfAny();
    }

    private void checkDay(InvalidInput.Collector problems, String dayField, String monthField, int day, Integer month) {
        if (type.monthly()) {
            if (day < 1 || day > 31) {
                problems.add(dayField, "documents.reportType.dayOfMonth");
            }
            return;
        }
        if (month == null || month < 1 || month > 12) {
            problems.add(monthField, "documents.reportType.month");
        } else if (day < 1 || day > Month.of(month).maxLength()) {
            problems.add(dayField, "documents.reportType.day", Month.of(month).maxLength(), month);
        }
    }

    /** The order of the dates, in every kind of year (and every month of it, for a monthly report). */
    private void checkWindows(InvalidInput.Collector problems) {
        List<ReportWindow> windows = new ArrayList<>();
        for (int year : REFERENCE_YEARS) {
            if (type.monthly()) {
                for (int month = 1; month <= 12; month++) {
                    windows.add(window(year, month));
                }
            } else {
                windows.add(window(year, null));
            }
        }
        if (windows.stream().anyMatch(w -> w.to().isBefore(w.from()))) {
            problems.add("endDay", "documents.reportType.endBeforeStart");
        } else if (windows.stream().anyMatch(w -> w.to().isAfter(w.from().minusDays(1).plusYears(1)))) {
            problems.add("endDay", "documents.reportType.tooLong");
        }
        if (windows.stream().anyMatch(w -> w.due().isBefore(w.to()))) {
            problems.add("dueDay", "documents.reportType.dueBeforeEnd");
        }
    }

    /** The same rule with the province as its basis (what a province admin saves). */
    public ReportWindowRule byProvince() {
        return new ReportWindowRule(type, name, startDay, startMonth, startEarlier, endDay, endMonth, dueDay,
                Basis.PROVINCE);
    }
}
