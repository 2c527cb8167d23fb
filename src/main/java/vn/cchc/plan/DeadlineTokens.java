package vn.cchc.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cchc.shared.SearchText;

/**
 * Splits a deadline phrase into words, numbers, dates and punctuation over its diacritic-folded text. Folding keeps
 * one character per original character, so every token knows where it stands in the original and pieces such as an
 * issuer or an event are quoted back as written.
 */
final class DeadlineTokens {

    enum Type { WORD, NUMBER, DATE, PUNCT }

    /**
     * A token: {@code text} is folded and lower case; a NUMBER has its value in {@code nums[0]} (−1 when too long),
     * a DATE ("15/10", "15.10.2025", "7/2025") its two or three numbers.
     */
    record Token(Type type, String text, int start, int end, int[] nums) {
        boolean is(String word) {
            return type != Type.PUNCT && text.equals(word);
        }

        boolean punct(char c) {
            return type == Type.PUNCT && text.charAt(0) == c;
        }

        int value() {
            return nums[0];
        }
    }

    private DeadlineTokens() {
    }

    static List<Token> of(String original) {
        String s = SearchText.fold(original);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < s.length() && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Type.WORD, s.substring(start, i), start, i, null));
            } else if (isDigit(c)) {
                i = number(s, i, tokens);
            } else {
                char p = c == '–' || c == '—' ? '-' : c;
                tokens.add(new Token(Type.PUNCT, String.valueOf(p), i, i + 1, null));
                i++;
            }
        }
        return tokens;
    }

    /**
     * A number, or a date when "/", "." or "-" joins it to one or two more numbers without spaces around. "-" joins
     * only a whole "15-10-2025": in "tháng 11-12/2026" or "tháng 7-8" it is a range, so the first number stands alone.
     */
    private static int number(String s, int start, List<Token> tokens) {
        int[] nums = new int[3];
        int count = 0;
        int i = start;
        int firstEnd = -1;
        boolean dash = false;
        boolean other = false;
        while (true) {
            int from = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            nums[count++] = value(s, from, i);
            firstEnd = firstEnd < 0 ? i : firstEnd;
            int next = count < 3 ? joiner(s, i) : -1;
            if (next < 0) {
                break;
            }
            dash |= s.charAt(i) == '-';
            other |= s.charAt(i) != '-';
            i = next;
        }
        if (dash && (other || count < 3)) {
            tokens.add(new Token(Type.NUMBER, s.substring(start, firstEnd), start, firstEnd, new int[] {nums[0]}));
            return firstEnd;
        }
        int[] values = Arrays.copyOf(nums, count);
        tokens.add(new Token(count == 1 ? Type.NUMBER : Type.DATE, s.substring(start, i), start, i, values));
        return i;
    }

    /** Where the next number of a date starts: after "/" (spaces allowed around it), "." or "-"; −1 if none. */
    private static int joiner(String s, int i) {
        if (i + 1 < s.length() && ".-".indexOf(s.charAt(i)) >= 0 && isDigit(s.charAt(i + 1))) {
            return i + 1;
        }
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '/') {
            return -1;
        }
        j++;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return j < s.length() && isDigit(s.charAt(j)) ? j : -1;
    }

    private static int value(String s, int from, int to) {
        return to - from > 6 ? -1 : Integer.parseInt(s.substring(from, to));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
