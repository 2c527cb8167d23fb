package vn.cchc.dossier.procedures;

import java.util.Optional;
import vn.cchc.shared.SearchText;

/** Online public service level of a dossier or procedure: partly online (một phần) or fully online (toàn trình). */
public enum OnlineLevel {
    PARTIAL('P'), FULL('F');

    private final char code;

    OnlineLevel(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static Optional<OnlineLevel> parse(String text) {
        String t = SearchText.key(text);
        if (t.contains("toan trinh") || t.equals("full") || t.equals("4") || t.equals("f")) {
            return Optional.of(FULL);
        }
        if (t.contains("mot phan") || t.equals("partial") || t.equals("3") || t.equals("p")) {
            return Optional.of(PARTIAL);
        }
        return Optional.empty();
    }
}
