package vn.cchc.planimport.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.calendar.Period;
import vn.cchc.plan.PlanKind;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.SearchText;

/**
 * The period and kind a plan's title states: "… 6 tháng cuối năm 2025" is {@code 2025S2} and HALF_YEAR, "… 6 tháng
 * đầu năm" {@code S1} of the default year, "… năm 2025" {@code 2025}; "Nâng cao Chỉ số cải cách hành chính" is a
 * PAR_INDEX plan, "tuyên truyền" PROPAGANDA, "kiểm tra" INSPECTION, and any other CCHC plan ANNUAL.
 */
final class PeriodWords {

    private static final Pattern HALF = Pattern.compile("6 thang (cuoi|dau) nam(?:\\s+(\\d{4}))?");
    private static final Pattern QUARTER = Pattern.compile("quy (i{1,3}|iv|[1-4]) nam (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("nam (\\d{4})(?!\\s*-)");

    private PeriodWords() {
    }

    static String code(String title, int defaultYear) {
        String folded = SearchText.key(title);
        Matcher half = HALF.matcher(folded);
        if (half.find()) {
            int year = half.group(2) == null ? defaultYear : Integer.parseInt(half.group(2));
            return valid(year) ? Period.half(year, half.group(1).equals("dau") ? 1 : 2).code() : null;
        }
        Matcher quarter = QUARTER.matcher(folded);
        if (quarter.find()) {
            int year = Integer.parseInt(quarter.group(2));
            return valid(year) ? Period.quarter(year, quarterIndex(quarter.group(1))).code() : null;
        }
        Matcher year = YEAR.matcher(folded);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return valid(y) ? Period.year(y).code() : null;
        }
        return null;
    }

    static PlanKind kind(String title) {
        String folded = SearchText.key(title);
        if (folded.contains("chi so cai cach hanh chinh") && (folded.contains("nang cao") || folded.contains("cai thien"))
                || folded.contains("par index")) {
            return PlanKind.PAR_INDEX;
        }
        if (folded.contains("tuyen truyen")) {
            return PlanKind.PROPAGANDA;
        }
        if (folded.startsWith("kiem tra") || folded.contains(" kiem tra cong tac") || folded.contains("kiem tra cai cach")) {
            return PlanKind.INSPECTION;
        }
        return HALF.matcher(folded).find() ? PlanKind.HALF_YEAR : PlanKind.ANNUAL;
    }

    private static boolean valid(int year) {
        return PlausibleDates.containsYear(year);
    }

    private static int quarterIndex(String written) {
        return switch (written) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
