package vn.cchc.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import vn.cchc.shared.PlausibleDates;

/**
 * A typed period with a stable code: {@code 2025M07}, {@code 2025Q3}, {@code 2025S1}, {@code 2025N9},
 * {@code 2025}. {@code index} is the month (1–12), quarter (1–4) or half (1–2); 9 for nine months; 1 for a year.
 * Pages name it in the reader's language through the message bundles (it is a {@link MessageSourceResolvable}:
 * {@code period.*} keys); {@link #label()} is its Vietnamese name for official documents and data.
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period>, MessageSourceResolvable {

    private static final Pattern CODE = Pattern.compile("^(\\d{4})(?:(M)(\\d{2})|(Q)([1-4])|(S)([12])|(N)(9))?$");

    public Period {
        // A period is always something a person chose or a file named: the app's plausible span, nothing wider.
        if (!PlausibleDates.containsYear(year)) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        int max = switch (type) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case NINE_MONTHS -> 9;
            case YEAR -> 1;
        };
        int min = type == PeriodType.NINE_MONTHS ? 9 : 1;
        if (index < min || index > max) {
            throw new IllegalArgumentException("Index " + index + " out of range for " + type);
        }
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, year, quarter);
    }

    public static Period half(int year, int half) {
        return new Period(PeriodType.HALF_YEAR, year, half);
    }

    public static Period nineMonths(int year) {
        return new Period(PeriodType.NINE_MONTHS, year, 9);
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, year, 1);
    }

    /** Parses a period code; throws {@link IllegalArgumentException} with the bad code otherwise. */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim().toUpperCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a period code: " + code);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return month(year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return quarter(year, Integer.parseInt(m.group(5)));
        }
        if (m.group(6) != null) {
            return half(year, Integer.parseInt(m.group(7)));
        }
        if (m.group(8) != null) {
            return nineMonths(year);
        }
        return year(year);
    }

    public String code() {
        return switch (type) {
            // not String.format: the progress pages compute thousands of period codes per view (JFR)
            case MONTH -> year + (index < 10 ? "M0" : "M") + index;
            case QUARTER -> year + "Q" + index;
            case HALF_YEAR -> year + "S" + index;
            case NINE_MONTHS -> year + "N9";
            case YEAR -> String.valueOf(year);
        };
    }

    public LocalDate start() {
        return switch (type) {
            case MONTH -> LocalDate.of(year, index, 1);
            case QUARTER -> LocalDate.of(year, 3 * index - 2, 1);
            case HALF_YEAR -> LocalDate.of(year, 6 * index - 5, 1);
            case NINE_MONTHS, YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        LocalDate lastMonth = switch (type) {
            case MONTH -> LocalDate.of(year, index, 1);
            case QUARTER -> LocalDate.of(year, 3 * index, 1);
            case HALF_YEAR -> LocalDate.of(year, 6 * index, 1);
            case NINE_MONTHS -> LocalDate.of(year, 9, 1);
            case YEAR -> LocalDate.of(year, 12, 1);
        };
        return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
    }

    /** The periods of a type that lie inside this one, in order (the months of 2025Q3 are 2025M07–2025M09). */
    public List<Period> split(PeriodType into) {
        List<Period> result = new ArrayList<>();
        for (Period p : allOf(into, year)) {
            if (!p.start().isBefore(start()) && !p.end().isAfter(end())) {
                result.add(p);
            }
        }
        return result;
    }

    public static List<Period> allOf(PeriodType type, int year) {
        return switch (type) {
            case MONTH -> range(1, 12).stream().map(i -> month(year, i)).toList();
            case QUARTER -> range(1, 4).stream().map(i -> quarter(year, i)).toList();
            case HALF_YEAR -> List.of(half(year, 1), half(year, 2));
            case NINE_MONTHS -> List.of(nineMonths(year));
            case YEAR -> List.of(year(year));
        };
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            r.add(i);
        }
        return r;
    }

    /** Vietnamese label: "Tháng 7/2025", "Quý III/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025", "Năm 2025". */
    public String label() {
        return switch (type) {
            case MONTH -> "Tháng " + index + "/" + year;
            case QUARTER -> "Quý " + ROMAN[index] + "/" + year;
            case HALF_YEAR -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng năm " + year;
            case YEAR -> "Năm " + year;
        };
    }

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** {@code period.MONTH}, {@code period.HALF_YEAR.1}…: the key of the period's name in the bundles. */
    @Override
    public String[] getCodes() {
        return new String[] {"period." + type.name() + (type == PeriodType.HALF_YEAR ? "." + index : "")};
    }

    /** The index as a number (for the English month names' choice), in Roman numerals, and the year as text. */
    @Override
    public Object[] getArguments() {
        return new Object[] {index, index < ROMAN.length ? ROMAN[index] : "", String.valueOf(year)};
    }

    @Override
    public String getDefaultMessage() {
        return label();
    }

    @Override
    public int compareTo(Period o) {
        int c = end().compareTo(o.end());
        return c != 0 ? c : start().compareTo(o.start());
    }

    @Override
    public String toString() {
        return code();
    }
}
