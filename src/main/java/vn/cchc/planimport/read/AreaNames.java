package vn.cchc.planimport.read;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cchc.shared.SearchText;

/**
 * The eight reform areas (I–VIII) by the words of their names, read from headings in any form ("II. CẢI CÁCH THỂ
 * CHẾ", "2. Cải cách thể chế", "Lĩnh vực 7: Xây dựng chính quyền số"), and guessed from a sentence's words when a
 * target or duty sits under no area heading.
 */
final class AreaNames {

    /** Words of each area's name that a heading for it contains; the first area found in the heading wins. */
    private static final Map<String, List<String>> HEADING_WORDS = Map.of(
            "I", List.of("chi dao, dieu hanh", "chi dao dieu hanh", "chi dao - dieu hanh"),
            "II", List.of("the che"),
            "III", List.of("thu tuc hanh chinh"),
            "IV", List.of("bo may"),
            "V", List.of("che do cong vu", "cong vu"),
            "VI", List.of("tai chinh cong"),
            "VII", List.of("chinh quyen dien tu", "chinh quyen so", "chuyen doi so", "chinh phu dien tu", "chinh phu so"),
            "VIII", List.of("tac dong cua cai cach", "phat trien kinh te xa hoi", "phat trien kinh te - xa hoi"));
    /** Words a sentence about each area tends to use; a guess counts only when one area has the most. */
    private static final Map<String, List<String>> TOPIC_WORDS = Map.of(
            "I", List.of("chi dao", "dieu hanh", "kiem tra cai cach", "chi so cai cach", "par index", "tuyen truyen"),
            "II", List.of("the che", "van ban quy pham", "qppl", "thi hanh phap luat", "giao duc phap luat"),
            "III", List.of("thu tuc hanh chinh", "tthc", "mot cua", "phan anh, kien nghi", "dich vu cong"),
            "IV", List.of("bo may", "bien che", "don vi su nghiep", "sap xep"),
            "V", List.of("cong vu", "can bo, cong chuc", "can bo cong chuc", "vi tri viec lam", "ky luat, ky cuong"),
            "VI", List.of("tai chinh", "ngan sach", "tai san cong", "tu chu"),
            "VII", List.of("chinh quyen dien tu", "chinh quyen so", "chuyen doi so", "ky so", "truc tuyen", "so hoa",
                    "phan mem", "du lieu", "cong thong tin"),
            "VIII", List.of("tac dong", "phat trien kinh te"));
    private static final List<String> ORDER = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
    private static final Pattern LINH_VUC = Pattern.compile("^linh vuc\\s*(?:\\d{1,2}|[ivx]{1,4}(?![a-z]))?\\s*[:.\\-–]?\\s*");
    /** Words that stand around an area's name in headings. */
    private static final java.util.Set<String> FILLER = java.util.Set.of("cai", "cach", "cong", "tac", "xay", "dung",
            "va", "phat", "trien", "hanh", "chinh", "nha", "nuoc", "cac", "noi", "ve", "linh", "vuc", "to",
            "chuc", "tiep", "tuc", "day", "manh", "nam", "xa", "phuong", "tren", "dia", "ban", "cua", "den");
    private static final int MAX_OTHER_WORDS = 2;
    /** Longer than this, a numbered line is a sentence that mentions an area, not its heading. */
    private static final int MAX_HEADING_WORDS = 20;

    private AreaNames() {
    }

    /** The area a heading item names ("2. Cải cách thể chế", "Lĩnh vực …"), or null. */
    static String ofHeading(TextItem item) {
        if (item == null) {
            return null;
        }
        String whole = item.text().strip();
        java.util.regex.Matcher prefix = LINH_VUC.matcher(SearchText.fold(whole));
        boolean linhVuc = prefix.find();
        if (!(item.isNumbered() || linhVuc || item.marker() == TextItem.Marker.PARAGRAPH
                && whole.equals(whole.toUpperCase()))) {
            return null;
        }
        String text = linhVuc ? whole.substring(prefix.end()) : whole;
        String name = SearchText.key(text);
        int words = text.isBlank() ? 0 : text.split("\\s+").length;
        if (words > MAX_HEADING_WORDS || text.endsWith(";") || text.endsWith(",")
                || text.matches(".*\\.\\s+\\p{Lu}.*") || (text.endsWith(".") && words > 8)
                || name.startsWith("muc tieu") || name.startsWith("nhiem vu")) {
            return null;
        }
        return otherWords(name) <= MAX_OTHER_WORDS ? firstNamed(name) : null;
    }

    /**
     * The words of a heading besides area names and the words around them ("cải cách", "công tác", "xây dựng và
     * phát triển"): a heading is mostly an area's name, while "a) Rà soát, công bố danh mục thủ tục hành chính" is
     * a task that mentions one.
     */
    private static int otherWords(String folded) {
        String rest = " " + folded.replaceAll("[^\\p{L}\\d]+", " ") + " ";
        for (List<String> names : HEADING_WORDS.values()) {
            for (String name : names) {
                rest = rest.replace(" " + name.replaceAll("[^\\p{L}\\d]+", " ") + " ", " ");
            }
        }
        int count = 0;
        for (String word : rest.strip().split("\\s+")) {
            if (!word.isEmpty() && !FILLER.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                count++;
            }
        }
        return count;
    }

    /** The area whose name words come first in the text, or null. */
    static String firstNamed(String text) {
        String folded = SearchText.key(text);
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (String code : ORDER) {
            for (String words : HEADING_WORDS.get(code)) {
                int at = folded.indexOf(words);
                if (at >= 0 && at < bestAt) {
                    best = code;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /** The area most of the sentence's topic words belong to, or null when none or a tie. */
    static String guess(String sentence) {
        String folded = SearchText.key(sentence);
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (String code : ORDER) {
            int score = (int) TOPIC_WORDS.get(code).stream().filter(folded::contains).count();
            if (score > bestScore) {
                best = code;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
