package vn.cchc.planimport.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.shared.SearchText;

/**
 * A deadline a sentence states, as written: "trước ngày 30/11/2025", "chậm nhất ngày 15 tháng 12 năm 2025",
 * "trước ngày 30 hàng tháng", "trong tháng 7/2025", "trong quý III/2025". Only a dated or recurring-dated phrase;
 * "kịp thời" or "thường xuyên" inside a duty is not read as its deadline.
 */
final class DeadlineWords {

    static final Pattern PHRASE = Pattern.compile("(?<![\\p{L}\\d])(?:truoc|cham nhat(?: la)?|han chot|han cuoi|trong|den het)\\s+"
            + "(?:ngay\\s+\\d{1,2}(?:\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?|\\s+thang\\s+\\d{1,2}(?:\\s+nam\\s+\\d{4})?"
            + "|\\s+hang\\s+(?:thang|quy|nam))|thang\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s+nam\\s+\\d{4})?"
            + "|quy\\s+(?:[ivx]{1,3}|[1-4])(?:\\s*/\\s*\\d{4}|\\s+nam\\s+\\d{4})?)");

    private DeadlineWords() {
    }

    /** The first deadline phrase in the text as written, or null. */
    static String find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PHRASE.matcher(SearchText.fold(text));
        return m.find() ? text.substring(m.start(), m.end()) : null;
    }
}
