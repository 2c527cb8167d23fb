package vn.cchc.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text for diacritic-insensitive search: "Thủ tục Đất đai" and "thu tuc dat dai" match.
 * The result keeps one character per input character, so positions found in the folded text are valid
 * in the original.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            out.append(foldChar(nfc.charAt(i)));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return decomposed.toLowerCase(Locale.ROOT).charAt(0);
    }

    /** Folds and collapses whitespace; used for stored search columns and user queries. */
    public static String key(String text) {
        return fold(text).replaceAll("\\s+", " ").trim();
    }
}
