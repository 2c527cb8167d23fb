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
        String nfc = nfc(text);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            out.append(c < FOLDED.length ? FOLDED[c] : foldChar(c));
        }
        return out.toString();
    }

    /**
     * The text in NFC. Text made only of characters below U+0300 (Latin, with Vietnamese's ơ, ư, đ, â…) and of the
     * precomposed letters of U+1E00–U+1EFF (ạ, ế, ữ…) is NFC already: none of them, alone or in any pair, changes
     * under NFC (checked over all pairs); the quick scan spares the full check that took a tenth of the import's
     * reading time in the profile.
     */
    public static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** Folded form of every character up to the end of the Vietnamese block (U+1EFF), computed once. */
    private static final char[] FOLDED = new char[0x1F00];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldChar(c);
        }
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
        if (text == null) {
            return "";
        }
        // fold() and the collapsing in one pass: the import computes a key for every row.
        String nfc = nfc(text);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char raw = nfc.charAt(i);
            char c = raw < FOLDED.length ? FOLDED[raw] : foldChar(raw);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
