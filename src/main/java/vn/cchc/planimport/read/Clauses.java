package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;

/** Cuts an item's text into sentences and ";"-clauses, keeping where each starts in the item. */
final class Clauses {

    record Clause(String text, int start) {
    }

    private Clauses() {
    }

    static List<Clause> of(String text) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean sentenceEnd = c == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && (Character.isUpperCase(text.charAt(i + 2)) || Character.isDigit(text.charAt(i + 2)));
            if (c == ';' || sentenceEnd) {
                add(text, start, i + 1, out);
                start = i + 1;
            }
        }
        add(text, start, text.length(), out);
        return out;
    }

    private static void add(String text, int from, int to, List<Clause> out) {
        int[] piece = trim(text, from, to);
        if (piece != null) {
            out.add(new Clause(text.substring(piece[0], piece[1]), piece[0]));
        }
    }

    /** The range without surrounding spaces, a leading dash or a trailing ".", ";" or ","; null when empty. */
    static int[] trim(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || "-–+•".indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ";,".indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        if (to > from && text.charAt(to - 1) == '.' && (to - 2 < from || text.charAt(to - 2) != '.')) {
            to--;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to > from ? new int[] {from, to} : null;
    }
}
