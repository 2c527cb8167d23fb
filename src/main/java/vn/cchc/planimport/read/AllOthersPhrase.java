package vn.cchc.planimport.read;

import java.util.Set;

/**
 * "Các phòng, ban chuyên môn", "các cơ quan chuyên môn", "các cơ quan, đơn vị", "các đơn vị liên quan", "phòng
 * chuyên môn thuộc UBND": the phrases that give a task to every other unit rather than a named one. A phrase needs
 * "các" or a qualifier ("chuyên môn", "liên quan") so a bare "phòng" is not read as everyone.
 */
final class AllOthersPhrase {

    private static final Set<String> NOUNS = Set.of("phong", "ban", "co quan", "don vi", "nganh", "bo phan");
    private static final Set<String> QUALIFIERS = Set.of("chuyen mon", "lien quan", "co lien quan", "truc thuoc");

    private AllOthersPhrase() {
    }

    /** The index of the phrase's last word when one starts at word {@code first}, else -1. */
    static int end(Words words, int first) {
        int i = first;
        boolean cac = words.get(i).folded().equals("cac");
        if (cac) {
            i++;
        }
        int nouns = 0;
        int last = -1;
        while (i < words.size()) {
            int len = phrase(words, i, NOUNS);
            if (len == 0 && nouns > 0 && words.get(i).folded().equals("va")) {
                len = phrase(words, i + 1, NOUNS) > 0 ? 1 : 0;
                if (len == 1) {
                    i++;
                    continue;
                }
            }
            if (len == 0) {
                break;
            }
            nouns++;
            i += len;
            last = i - 1;
        }
        if (nouns == 0) {
            return -1;
        }
        int q = phrase(words, i, QUALIFIERS);
        if (q > 0) {
            return i + q - 1;
        }
        return cac ? last : -1;
    }

    private static int phrase(Words words, int at, Set<String> options) {
        for (int len = 3; len >= 1; len--) {
            if (at + len > words.size()) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int j = at; j < at + len; j++) {
                sb.append(j > at ? " " : "").append(words.get(j).folded());
            }
            if (options.contains(sb.toString())) {
                return len;
            }
        }
        return 0;
    }
}
