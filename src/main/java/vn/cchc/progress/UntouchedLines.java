package vn.cchc.progress;

import java.util.List;

/**
 * Lines the unit has not touched yet: nothing stated (status, figures, dates, text) since the line was created or
 * prefilled (from an earlier statement, or copied from last period's report). A save that changes a line's values
 * touches it; attaching evidence alone does not, nor does copying text into it.
 */
public final class UntouchedLines {

    private UntouchedLines() {
    }

    public static long count(List<ReportPage.Line> lines) {
        return lines.stream().filter(l -> l.item().untouched()).count();
    }

    /** Every line, or only the untouched ones. */
    public static List<ReportPage.Line> shown(List<ReportPage.Line> lines, boolean onlyUntouched) {
        return onlyUntouched ? lines.stream().filter(l -> l.item().untouched()).toList() : lines;
    }
}
