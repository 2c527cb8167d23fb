package vn.cchc.plan;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.plan.DeadlinePhraseParser.ParseContext;
import vn.cchc.plan.DeadlineTokens.Token;
import vn.cchc.plan.DeadlineTokens.Type;
import vn.cchc.shared.PlausibleDates;

/**
 * A position in a phrase's tokens for the grammar's rules. Rules only move forward or back to a mark they took
 * themselves, and each tries a fixed number of alternatives, so a parse costs a small multiple of the phrase length.
 */
final class DeadlineCursor {

    private final List<Token> tokens;
    private final String original;
    final ParseContext context;
    /** Years the phrase names, to warn when one is not the plan's. */
    final List<Integer> years = new ArrayList<>();
    /** The last remark {@link #endsHere()} skipped, e.g. "(trước ngày 15/12)" after "Quý IV". */
    String trailingRemark;
    int pos;

    DeadlineCursor(String original, List<Token> tokens, ParseContext context) {
        this.original = original;
        this.tokens = tokens;
        this.context = context;
    }

    DeadlineCursor(String original, ParseContext context) {
        this(original, DeadlineTokens.of(original), context);
    }

    /** The same tokens from {@code from} on, with fresh years (to try a phrase's tail). */
    DeadlineCursor from(int from) {
        DeadlineCursor c = new DeadlineCursor(original, tokens, context);
        c.pos = from;
        return c;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    Token peek(int ahead) {
        return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : null;
    }

    /** Consumes the words of {@code phrase} ("cham nhat") if they come next. */
    boolean accept(String phrase) {
        String[] words = phrase.split(" ");
        for (int k = 0; k < words.length; k++) {
            Token t = peek(k);
            if (t == null || t.type() != Type.WORD || !t.text().equals(words[k])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptAny(String... phrases) {
        for (String p : phrases) {
            if (accept(p)) {
                return true;
            }
        }
        return false;
    }

    boolean acceptPunct(char c) {
        Token t = peek();
        if (t != null && t.punct(c)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean nextIs(Type type) {
        Token t = peek();
        return t != null && t.type() == type;
    }

    /** A NUMBER token's value, consumed; −1 (nothing consumed) when the next token is not a number. */
    int number() {
        Token t = peek();
        if (t == null || t.type() != Type.NUMBER) {
            return -1;
        }
        pos++;
        return t.value();
    }

    /** Skips a parenthesised remark (to its closing bracket or the end); returns its original text, or null. */
    String remark() {
        if (!acceptPunct('(')) {
            return null;
        }
        int start = pos;
        while (!atEnd() && !peek().punct(')')) {
            pos++;
        }
        String text = start < tokens.size() && start < pos
                ? original.substring(tokens.get(start).start(), tokens.get(pos - 1).end()) : "";
        acceptPunct(')');
        return text;
    }

    /**
     * Remarks, a trailing "năm 2025", "hằng năm" (a plan spans at most a year) and full stops the phrase may end with,
     * then whether nothing else is left.
     */
    boolean endsHere() {
        while (!atEnd()) {
            int mark = pos;
            String remark = remark();
            if (remark != null) {
                trailingRemark = remark;
                continue;
            }
            if (!acceptPunct('.') && !acceptPunct(',') && !acceptAny("hang nam", "moi nam")
                    && !following() && !(accept("trong nam") || accept("nam"))) {
                return false;
            }
            // "trong năm" alone is the plan's year; a bare "năm" needs its number.
            if (tokens.get(mark).is("nam") || tokens.get(mark).is("trong")) {
                int y = number();
                if (y < 0 && tokens.get(mark).is("nam")) {
                    pos = mark;
                    return false;
                }
                if (y >= 0) {
                    year(y);
                }
            }
        }
        return true;
    }

    /** "và các/những năm tiếp theo (sau)": the task goes on after the plan, which only sees its own year. */
    private boolean following() {
        int mark = pos;
        if (accept("va") && acceptAny("cac", "nhung") && accept("nam") && acceptAny("tiep theo", "sau", "tiep")) {
            return true;
        }
        pos = mark;
        return false;
    }

    /** The original text from token {@code i} to the end, without a final full stop. */
    String originalFrom(int i) {
        return original.substring(tokens.get(i).start()).strip().replaceAll("[.;]+$", "").strip();
    }

    /** The original text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    String span(int from, int to) {
        return original.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The original text before token {@code i}. */
    String originalBefore(int i) {
        return original.substring(0, tokens.get(i).start()).strip();
    }

    /** A year the phrase names: refused outside 2000–2100, remembered for the warning when not the plan's. */
    int year(int y) {
        if (!PlausibleDates.containsYear(y)) {
            throw new DeadlineGrammar.Refused("plan.deadline.yearRange", String.valueOf(y));
        }
        years.add(y);
        return y;
    }
}
