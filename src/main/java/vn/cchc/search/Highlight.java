package vn.cchc.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.SearchText;

/**
 * Splits a shown text into plain and matched pieces, finding the folded query words in the folded text: "dang ky"
 * marks "Đăng ký" in "Đăng ký khai sinh". {@link SearchText#fold} keeps one character per character of the NFC text,
 * so a position in the folded text is the same position in the shown one.
 */
public final class Highlight {

    public record Piece(String text, boolean match) {
    }

    private Highlight() {
    }

    public static List<Piece> of(String text, List<String> words) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String shown = Normalizer.normalize(text, Normalizer.Form.NFC);
        String folded = SearchText.fold(shown);
        boolean[] marked = new boolean[shown.length()];
        for (String word : words) {
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                for (int i = at; i < at + word.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= shown.length(); i++) {
            if (i == shown.length() || marked[i] != marked[start]) {
                pieces.add(new Piece(shown.substring(start, i), marked[start]));
                start = i;
            }
        }
        return pieces;
    }
}
