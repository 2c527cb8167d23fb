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

    private static final Pattern START = Pattern.compile("^(theo|khi|sau khi|ngay sau khi|dot xuat)\\b.*");
    private static final Pattern EVENT = Pattern.compile("^(?:ngay sau khi|sau khi|khi) (.+)$");
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
        String issuer = null;
        int of = s.indexOf(" cua ");
        if (trigger == null) {
            Matcher event = EVENT.matcher(s);
            if (!event.matches()) {
                return null;
            }
            trigger = Trigger.EVENT;
            issuer = text.substring(event.start(1));
        } else if (startsLikeExternal && of >= 0) {
            issuer = text.substring(of + 5);
        }
        LocalDate notLaterThan = null;
        Matcher year = WITHIN_YEAR.matcher(issuer == null ? s : SearchText.fold(issuer));
        if (year.find()) {
            notLaterThan = LocalDate.of(cursor.year(Integer.parseInt(year.group(1))), 12, 31);
            if (issuer != null) {
                issuer = issuer.substring(0, year.start());
            }
        } else if (WITHIN_YEAR.matcher(s).find()) {
            Matcher whole = WITHIN_YEAR.matcher(s);
            whole.find();
            notLaterThan = LocalDate.of(cursor.year(Integer.parseInt(whole.group(1))), 12, 31);
        }
        issuer = issuer == null ? null : issuer.strip().replaceAll("[.;,]+$", "").strip();
        return new DeadlineRule.External(trigger, issuer == null || issuer.isEmpty() ? null : issuer, null,
                notLaterThan);
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
