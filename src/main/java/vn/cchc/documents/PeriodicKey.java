package vn.cchc.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.shared.NotFoundException;

/**
 * Which periodic report of a plan: one of the four national reports ("QUARTER_1"), or, for a plan that reports
 * monthly, the report of one month ("MONTH_03"). The code is the report's name in its address and in the database.
 */
public record PeriodicKey(ReportType type, Integer month) {

    private static final Pattern MONTHLY = Pattern.compile("MONTH_(0[1-9]|1[0-2])");

    public PeriodicKey {
        if ((type == ReportType.MONTH) != (month != null)) {
            throw new IllegalArgumentException("a month names the monthly report, and only it");
        }
    }

    static PeriodicKey parse(String code) {
        String text = code == null ? "" : code;
        Matcher m = MONTHLY.matcher(text);
        if (m.matches()) {
            return new PeriodicKey(ReportType.MONTH, Integer.valueOf(m.group(1)));
        }
        return PeriodicWindows.TYPES.stream().filter(t -> t.name().equals(text)).findFirst()
                .map(t -> new PeriodicKey(t, null))
                .orElseThrow(() -> new NotFoundException("report type", text));
    }

    static PeriodicKey of(ReportWindow window) {
        return new PeriodicKey(window.type(), window.type() == ReportType.MONTH ? window.month() : null);
    }

    public String code() {
        return month == null ? type.name() : "MONTH_%02d".formatted(month);
    }
}
