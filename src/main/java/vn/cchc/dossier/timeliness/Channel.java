package vn.cchc.dossier.timeliness;

import java.util.Optional;
import vn.cchc.shared.SearchText;

/** How a dossier was filed: at the counter, online (DVC trực tuyến) or by post (bưu chính công ích). */
public enum Channel {
    DIRECT('D'), ONLINE('O'), POSTAL('P');

    private final char code;

    Channel(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static Channel ofCode(String code) {
        for (Channel c : values()) {
            if (String.valueOf(c.code).equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown channel code " + code);
    }

    /** Reads the wording of one-stop exports: "Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính", or D/O/P. */
    public static Optional<Channel> parse(String text) {
        String t = SearchText.key(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.contains("truc tuyen") || t.contains("online") || t.equals("o") || t.contains("dvc")) {
            return Optional.of(ONLINE);
        }
        if (t.contains("buu") || t.contains("post") || t.equals("p")) {
            return Optional.of(POSTAL);
        }
        if (t.contains("truc tiep") || t.contains("direct") || t.equals("d") || t.contains("mot cua")) {
            return Optional.of(DIRECT);
        }
        return Optional.empty();
    }
}
