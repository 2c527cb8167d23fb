package vn.cchc.shared;

/**
 * Removes from typed or uploaded text the characters no official text needs and that can mislead or break things:
 * NUL and the other C0 controls but tab and line breaks (PostgreSQL refuses NUL in text), and the Unicode
 * bidirectional controls (an RTL override makes "hoso‮fdp.exe" display as "hosoexe.pdf").
 */
public final class CleanText {

    private CleanText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && !unwanted(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!unwanted(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Cleaned, then cut to a column's length; null reads as "". */
    public static String clean(String text, int maxLength) {
        String clean = text == null ? "" : clean(text);
        return clean.length() > maxLength ? clean.substring(0, maxLength) : clean;
    }

    static boolean unwanted(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c == 0x7F
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
