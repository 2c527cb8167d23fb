package vn.cchc.plan;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.plan.DeadlineRule.External.Trigger;
import vn.cchc.shared.SearchText;

/**
 * Deadlines that wait for someone or something else: "Theo Kế hoạch của tỉnh", "Khi có hướng dẫn của UBND tỉnh",
 * "Theo quy định", "Khi được kiểm tra trong năm 2025", "Đột xuất theo yêu cầu", "Khi có văn bản chỉ đạo".
 */
final class DeadlineExternals {

    private static final Pattern START = Pattern.compile("^(theo|khi|sau khi|ngay sau khi|ngay khi|dot xuat)\\b.*");
    private static final Pattern EVENT = Pattern.compile("^(?:ngay sau khi|ngay khi|sau khi|khi) (.+)$");
    private static final Pattern WITHIN_YEAR = Pattern.compile("(?:trong )?nam (\\d{4})\\.?$");

    private DeadlineExternals() {
    }

    /** The external rule of a part, or null when the part does not wait for anyone. */
    static DeadlineRule.External external(DeadlineCursor cursor, String text) {
        String s = SearchText.fold(text);
        boolean startsLikeExternal = START.matcher(s).matches();
        boolean mentionsRegulation = s.contains("theo dung thoi gian quy dinh") || s.contains("theo quy dinh");
        if (!startsLikeExternal && !mentionsRegulation) {
            return null;
        }
        Trigger trigger = trigger(s);
        int issuerStart = -1;
        if (trigger == null) {
            Matcher event = EVENT.matcher(s);
            if (!event.matches()) {
                return null;
            }
            trigger = Trigger.EVENT;
            issuerStart = event.start(1);
        } else if (startsLikeExternal && s.contains(" cua ")) {
            issuerStart = s.indexOf(" cua ") + 5;
        }
        // "… trong năm 2025" at the end bounds the wait; it is not part of whom the task waits for.
        LocalDate notLaterThan = null;
        int issuerEnd = text.length();
        Matcher year = WITHIN_YEAR.matcher(s);
        if (year.find()) {
            notLaterThan = LocalDate.of(cursor.year(Integer.parseInt(year.group(1))), 12, 31);
            issuerEnd = Math.max(issuerStart, year.start());
        }
        String issuer = issuerStart < 0 ? ""
                : text.substring(issuerStart, issuerEnd).strip().replaceAll("[.;,]+$", "").strip();
        return new DeadlineRule.External(trigger, issuer.isEmpty() ? null : issuer, null, notLaterThan);
    }

    private static Trigger trigger(String s) {
        if (s.contains("kiem tra") || s.contains("thanh tra") || s.contains("kiem toan")) {
            return Trigger.INSPECTION;
        }
        if (s.contains("huong dan") || s.contains("chi dao") || s.contains("van ban")) {
            return Trigger.GUIDANCE;
        }
        if (s.contains("ke hoach") || s.contains("kh cua") || s.contains("lo trinh") || s.contains("tien do")) {
            return Trigger.PLAN;
        }
        if (s.contains("quyet dinh")) {
            return Trigger.DECISION;
        }
        if (s.contains("yeu cau") || s.contains("de nghi") || s.contains("dot xuat")) {
            return Trigger.REQUEST;
        }
        if (s.contains("quy dinh")) {
            return Trigger.REGULATION;
        }
        // "Theo thông báo của …", "Theo Chương trình của …": someone else's document sets the date.
        return s.startsWith("theo ") ? Trigger.GUIDANCE : null;
    }
}
