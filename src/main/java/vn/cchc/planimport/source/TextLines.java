package vn.cchc.planimport.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns extracted or pasted text into the numbered lines the reviewer sees: NFC (Word and some PDFs give
 * decomposed Vietnamese, which would not match our words), no control characters, any line ending, tabs and
 * non-breaking spaces as plain spaces, each line trimmed, blank lines dropped.
 */
final class TextLines {

    private TextLines() {
    }

    static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                out.append(' ');
            } else if (c == '\n') {
                out.append(c);
            } else if (c == '\uFEFF' || c == '\u200B' || Character.getType(c) == Character.CONTROL) {
                continue; // BOM, zero-width space, \r and other control characters carry no text
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Appends the non-blank lines of {@code text} to {@code lines}, numbered on from the last one. */
    static void append(String text, List<SourceLine> lines) {
        for (String part : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = clean(part);
            if (!line.isEmpty()) {
                lines.add(new SourceLine(lines.size() + 1, line));
            }
        }
    }

    static List<SourceLine> of(String text) {
        List<SourceLine> lines = new ArrayList<>();
        append(text, lines);
        return lines;
    }
}
