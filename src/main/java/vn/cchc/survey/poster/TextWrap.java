package vn.cchc.survey.poster;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into lines no wider than the column: at spaces, and inside a word only when the word alone is too
 * wide (a long address), preferably just after a '/', '?', '&', '=', '-' or '_' so the pieces still read as
 * parts of the address. Beyond the allowed number of lines the last one ends in "…": a poster never overflows.
 */
final class TextWrap {

    /** Width of a text in the caller's unit (points for the PDF, the same points for Java2D). */
    @FunctionalInterface
    interface Measure {
        float width(String text);
    }

    static final String ELLIPSIS = "…";
    private static final String BREAK_AFTER = "/?&=-_";

    private TextWrap() {
    }

    /**
     * The same number of lines as {@link #lines}, made as even as they can be: a centred title reads "KHẢO SÁT SỰ
     * HÀI / LÒNG CỦA NGƯỜI DÂN" rather than leaving one word alone on its last line. Only for text that breaks at
     * spaces within its line limit; an address broken inside a word or a cut text stays as it is.
     */
    static List<String> balanced(String text, float maxWidth, int maxLines, Measure measure) {
        List<String> greedy = lines(text, maxWidth, maxLines, measure);
        if (greedy.size() < 2 || !atSpaces(greedy, text, maxWidth, measure)) {
            return greedy;
        }
        // The narrowest column that still gives as many lines, each broken at a space.
        float narrow = 0;
        float wide = maxWidth;
        for (int step = 0; step < 16; step++) {
            float middle = (narrow + wide) / 2;
            List<String> tried = lines(text, middle, Integer.MAX_VALUE, measure);
            if (tried.size() == greedy.size() && atSpaces(tried, text, middle, measure)) {
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        return lines(text, wide, maxLines, measure);
    }

    /** Whether the lines are the text's words, in full, none cut short. */
    private static boolean atSpaces(List<String> lines, String text, float maxWidth, Measure measure) {
        return String.join(" ", lines).equals(String.join(" ", text.strip().split(" +")))
                && lines.stream().allMatch(line -> measure.width(line) <= maxWidth);
    }

    static List<String> lines(String text, float maxWidth, int maxLines, Measure measure) {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String joined = current.isEmpty() ? word : current + " " + word;
            if (measure.width(joined) <= maxWidth) {
                current = joined;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            String rest = word;
            while (measure.width(rest) > maxWidth && rest.length() > 1) {
                int cut = cut(rest, maxWidth, measure);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current = rest;
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), maxWidth, measure));
        return kept;
    }

    /** How many leading characters of a too-wide word go on this line (at least one, so the loop always ends). */
    private static int cut(String word, float maxWidth, Measure measure) {
        int fits = 1;
        while (fits + 1 < word.length() && measure.width(word.substring(0, fits + 1)) <= maxWidth) {
            fits++;
        }
        if (Character.isHighSurrogate(word.charAt(fits - 1)) && fits > 1) {
            fits--;
        }
        // A break after a separator, unless it would leave the line less than half used.
        for (int at = fits; at > fits / 2; at--) {
            if (BREAK_AFTER.indexOf(word.charAt(at - 1)) >= 0) {
                return at;
            }
        }
        return fits;
    }

    private static String ellipsize(String line, float maxWidth, Measure measure) {
        String kept = line;
        while (!kept.isEmpty() && measure.width(kept.strip() + ELLIPSIS) > maxWidth) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept.strip() + ELLIPSIS;
    }
}
