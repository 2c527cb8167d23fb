package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.shared.SearchText;

/**
 * Finds unit names in an appendix's words: the names as written in a "Chủ trì"/"Phối hợp" cell, and the lead and
 * coordinators of a free-text "Phân công và cách thức thực hiện" cell ("- Phòng Văn hóa – Xã hội chủ trì …; các
 * phòng, ban chuyên môn phối hợp"). A name starts with a unit word (Phòng, Văn phòng, Trung tâm, Ban, Công an …)
 * and ends before the verb that follows it; "các phòng, ban", "các cơ quan, đơn vị" mean all other units.
 */
final class AppendixUnits {

    /** Where a named unit starts (capitalised, as names are written) or a group of all other units starts. */
    private static final Pattern START = Pattern.compile(
            "(?<![\\p{L}])(Văn phòng|Phòng(?!,? chống)|Trung tâm|Ban(?! hành)|Công an|Quân sự|Bộ phận|Tổ(?! chức)|Đội|"
                    + "Hội(?! nghị| thảo| đồng)|Đoàn|Mặt trận|Ủy ban MTTQ|"
                    + "Uỷ ban MTTQ|UBMTTQ|MTTQ|Đảng ủy|Đảng uỷ|Trạm|Trường|Đơn vị sự nghiệp|ĐVSN|TT ?PVHCC|VP ?HĐND|"
                    + "[Cc]ác (?:phòng|cơ quan|đơn vị|ban|ngành|tổ chức|bộ phận|thành viên)|[Tt]hủ trưởng các)");
    /** Words that end a name: the verbs plans put after the unit, and linking words. */
    private static final Set<String> STOP = Set.of("chu tri", "tong hop", "tham muu", "thuc hien", "phoi hop",
            "bao cao", "don doc", "theo doi", "trien khai", "xay dung", "huong dan", "kiem tra", "ra soat",
            "cap nhat", "cung cap", "to chuc", "co trach nhiem", "chiu trach nhiem", "giup", "tiep nhan", "lam",
            "ban hanh", "trinh", "gui", "dam bao", "lay", "dang tai", "niem yet", "quan ly", "thong ke", "danh gia",
            "de xuat", "rà soat", "tiep tuc", "chi dao", "phan cong", "duoc", "la", "de", "cho", "voi", "ve", "va cac",
            "tai", "theo", "trong", "nham", "can cu", "khi", "neu", "dong thoi");
    private static final Pattern GENERIC = Pattern.compile(
            "(?iu)^(các (phòng|cơ quan|đơn vị|ban|ngành|tổ chức|bộ phận|thành viên)|thủ trưởng các)");
    private static final int MAX_WORDS = 14;

    private AppendixUnits() {
    }

    /** One unit name found in a text: where it starts, its words, and whether it stands for all other units. */
    record Mention(int start, String text, boolean generic) {
    }

    static List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = nameEnd(text, m.start(), m.end());
            String name = text.substring(m.start(), end).strip().replaceAll("[,;:–\\-\\s]+$", "");
            found.add(new Mention(m.start(), name, GENERIC.matcher(name).find()));
            from = Math.max(end, m.end());
        }
        return found;
    }

    static boolean isGeneric(String text) {
        return GENERIC.matcher(text.strip().replaceFirst("^[-+•]\\s*", "")).find();
    }

    /** True when the text starts with a unit name (after a bullet): a cell or a line naming units. */
    static boolean startsWithUnit(String text) {
        String t = text.strip().replaceFirst("^[-+•]\\s*", "");
        Matcher m = START.matcher(t);
        return m.lookingAt();
    }

    /** The lead and coordinators a free-text assignment names. */
    record Assignment(String leadText, String coordinatorsText, boolean allOthers) {
    }

    /**
     * The lead of a free-text assignment: the unit said to "chủ trì", else the first named unit that opens a
     * sentence or bullet, else the first named unit at all; the other names are the coordinators.
     */
    static Assignment assignment(String text) {
        List<Mention> all = mentions(text);
        Mention lead = null;
        for (Mention m : all) {
            String after = SearchText.fold(text.substring(m.start() + m.text().length())).strip();
            if (!m.generic() && after.startsWith("chu tri")) {
                lead = m;
                break;
            }
        }
        for (Mention m : all) {
            if (lead == null && !m.generic() && opensClause(text, m.start())) {
                lead = m;
            }
        }
        for (Mention m : all) {
            if (lead == null && !m.generic()) {
                lead = m;
            }
        }
        List<String> others = new ArrayList<>();
        boolean allOthers = false;
        for (Mention m : all) {
            allOthers |= m.generic();
            if (m != lead && (lead == null || !SearchText.key(m.text()).equals(SearchText.key(lead.text())))
                    && others.stream().noneMatch(o -> SearchText.key(o).equals(SearchText.key(m.text())))) {
                others.add(m.text());
            }
        }
        return new Assignment(lead == null ? null : lead.text(), others.isEmpty() ? null : String.join("; ", others),
                allOthers);
    }

    private static boolean opensClause(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        return before.isEmpty() || before.endsWith("-") || before.endsWith(".") || before.endsWith(";")
                || before.endsWith("+") || before.endsWith("•") || before.endsWith(":");
    }

    private static int nameEnd(String text, int start, int afterKeyword) {
        int words = 0;
        int i = afterKeyword;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '(' || c == ':' || c == '\n' || c == '/') {
                return i;
            }
            if (c == ' ' && i > start) {
                String rest = SearchText.fold(text.substring(i + 1, Math.min(text.length(), i + 20)));
                for (String stop : STOP) {
                    if (rest.startsWith(stop)
                            && (rest.length() == stop.length() || !Character.isLetterOrDigit(rest.charAt(stop.length())))) {
                        return i;
                    }
                }
                if (++words >= MAX_WORDS) {
                    return i;
                }
            }
            i++;
        }
        return text.length();
    }
}
