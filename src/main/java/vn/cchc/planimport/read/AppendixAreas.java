package vn.cchc.planimport.read;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.shared.SearchText;

/**
 * Maps an appendix's area heading to one of the eight reform areas (reform_area I–VIII) by the words of the area
 * names, since plans number and word them differently ("II CẢI CÁCH THỂ CHẾ", "Lĩnh vực 3: Cải cách thủ tục hành
 * chính", "5. Cải cách chế độ công vụ"). A Roman numeral is used only when no area's words are there.
 */
final class AppendixAreas {

    /** Distinctive words of each area's name (folded); the first area whose phrase the heading contains wins. */
    private static final List<Map.Entry<String, String>> PHRASES = List.of(
            Map.entry("chi dao, dieu hanh", "I"), Map.entry("chi dao dieu hanh", "I"),
            Map.entry("thu tuc hanh chinh", "III"), Map.entry("to chuc bo may", "IV"),
            Map.entry("che do cong vu", "V"), Map.entry("cong chuc, vien chuc", "V"),
            Map.entry("tai chinh cong", "VI"), Map.entry("chinh quyen dien tu", "VII"),
            Map.entry("chinh quyen so", "VII"), Map.entry("chuyen doi so", "VII"),
            Map.entry("tac dong cua cai cach", "VIII"), Map.entry("phat trien kinh te", "VIII"),
            Map.entry("the che", "II"));

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(?iu:lĩnh vực|phần|mục)\\s+)?([IVX]{1,4}|\\d{1,2})[.:)]?\\s+(.{4,})$");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");

    private AppendixAreas() {
    }

    /** The area code the heading's words name, or null. */
    static String byWords(String heading) {
        String folded = SearchText.fold(heading).replaceAll("\\s+", " ");
        for (Map.Entry<String, String> phrase : PHRASES) {
            if (folded.contains(phrase.getKey())) {
                return phrase.getValue();
            }
        }
        return null;
    }

    /**
     * The area code of a heading line such as "I CÔNG TÁC CHỈ ĐẠO…" or "Lĩnh vực 2: Cải cách thể chế", or null
     * when the line is not one: it must be a numbered heading that names an area by its words, or a Roman
     * numeral before an upper-case heading.
     */
    static String ofHeadingLine(String line) {
        Matcher m = NUMBERED.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String number = m.group(1).toUpperCase(java.util.Locale.ROOT);
        String text = m.group(2);
        String byWords = byWords(text);
        boolean roman = ROMAN.contains(number);
        boolean upper = text.equals(text.toUpperCase(java.util.Locale.ROOT));
        if (byWords != null && (roman || upper || text.length() <= 90)) {
            return byWords;
        }
        return roman && upper ? number : null;
    }

    /**
     * The area a top-level row number stands for in a table that numbers its parts by area ("3 Cải cách thủ tục
     * hành chính", "7 Chính quyền điện tử"): "4" or "4.2" is area IV. Null for numbers outside 1–8.
     */
    static String byOrdinal(String number) {
        String top = number == null ? "" : number.strip().split("\\.")[0];
        if (!top.matches("[1-8]")) {
            return null;
        }
        return ROMAN.get(Integer.parseInt(top) - 1);
    }

    /** True when an area heading's number is its area's ordinal ("3" and III): the table numbers rows by area. */
    static boolean numbersByArea(String number, String code) {
        return code != null && code.equals(byOrdinal(number)) && !number.strip().contains(".");
    }

    /**
     * True when an area heading's plain number is not its area's ordinal ("2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" is III):
     * the table numbers its areas in its own order, so a row's number says nothing about its area.
     */
    static boolean numbersInOwnOrder(String number, String code) {
        String n = number == null ? "" : number.strip();
        return code != null && n.matches("\\d{1,2}") && !code.equals(byOrdinal(n));
    }

    /** The area an area row's number and heading cells name (a table row whose only text is the heading). */
    static String ofRow(String number, String heading) {
        if (number != null && number.strip().matches("\\d+\\.\\d.*")) {
            return null; // "7.2 Nâng cao …" heads rows within an area
        }
        String byWords = byWords(heading);
        if (byWords != null) {
            return byWords;
        }
        String n = number == null ? "" : number.strip().replaceAll("[.:)]$", "");
        boolean upper = heading.equals(heading.toUpperCase(java.util.Locale.ROOT));
        return ROMAN.contains(n) && upper ? n : null;
    }
}
