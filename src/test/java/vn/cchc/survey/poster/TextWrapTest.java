package vn.cchc.survey.poster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Widths here are character counts, so each break can be checked by counting. */
class TextWrapTest {

    private static final TextWrap.Measure CHARACTERS = String::length;

    @Test
    void wordsFillALineUpToTheWidth() {
        // "Quét mã" 7 ≤ 8, "Quét mã bằng" 12; "bằng Zalo" 9.
        assertThat(TextWrap.lines("Quét mã bằng Zalo", 8, 5, CHARACTERS)).containsExactly("Quét mã", "bằng", "Zalo");
    }

    @Test
    void aTooLongAddressBreaksAfterASeparatorWhenThatUsesHalfTheLine() {
        // 12 wide: "https://x.vn" fits, the last separator in it ends "https://" (8 > 6);
        // then "x.vn/khao-sa" fits, its last separator ends "x.vn/khao-" (10 > 6); "sat?q=2&d=7" is 11.
        assertThat(TextWrap.lines("https://x.vn/khao-sat?q=2&d=7", 12, 5, CHARACTERS))
                .containsExactly("https://", "x.vn/khao-", "sat?q=2&d=7");
    }

    @Test
    void aWordWithoutSeparatorsBreaksWhereTheLineIsFullAndTheNextWordFollowsItsTail() {
        assertThat(TextWrap.lines("abcdefghij kl", 6, 5, CHARACTERS)).containsExactly("abcdef", "ghij", "kl");
        assertThat(TextWrap.lines("abcdefghij k", 6, 5, CHARACTERS)).containsExactly("abcdef", "ghij k");
    }

    @Test
    void beyondTheLineLimitTheLastLineEndsInAnEllipsisWithinTheWidth() {
        // Lines "aaaa bbbb", "cccc dddd", "eeee"; the second becomes "cccc ddd…" (9).
        assertThat(TextWrap.lines("aaaa bbbb cccc dddd eeee", 9, 2, CHARACTERS))
                .containsExactly("aaaa bbbb", "cccc ddd…");
    }

    @Test
    void balancedLinesAreAsEvenAsTheSameNumberOfLinesAllows() {
        // Greedy at 12: "aaa bbb ccc" (11) and "ddd"; two lines need at least 7: "aaa bbb", "ccc ddd".
        assertThat(TextWrap.lines("aaa bbb ccc ddd", 12, 5, CHARACTERS)).containsExactly("aaa bbb ccc", "ddd");
        assertThat(TextWrap.balanced("aaa bbb ccc ddd", 12, 5, CHARACTERS)).containsExactly("aaa bbb", "ccc ddd");
    }

    @Test
    void anAddressBrokenInsideAWordOrACutTextIsNotRebalanced() {
        assertThat(TextWrap.balanced("https://x.vn/khao-sat?q=2&d=7", 12, 5, CHARACTERS))
                .containsExactly("https://", "x.vn/khao-", "sat?q=2&d=7");
        assertThat(TextWrap.balanced("aaaa bbbb cccc dddd eeee", 9, 2, CHARACTERS))
                .containsExactly("aaaa bbbb", "cccc ddd…");
    }

    @Test
    void extraSpacesMakeNoEmptyLines() {
        assertThat(TextWrap.lines("  a   b  ", 1, 5, CHARACTERS)).containsExactly("a", "b");
    }
}
