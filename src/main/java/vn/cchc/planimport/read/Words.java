package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.SearchText;

/**
 * The words of a text, folded ("Văn hóa – Xã hội" → van, hoa, xa, hoi) with their places in the original, so a
 * match found on folded words can be cut out of the text as written. Punctuation, dashes and "&" separate words.
 */
record Words(String original, List<Word> list) {

    /** One word: folded, as written, its character range in the original, and whether it was written capitalised. */
    record Word(String folded, String written, int start, int end, boolean capitalised) {
    }

    static Words of(String text) {
        String original = text == null ? "" : text;
        String folded = SearchText.fold(original);
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            String written = original.substring(start, i);
            words.add(new Word(folded.substring(start, i), written, start, i, Character.isUpperCase(written.charAt(0))));
        }
        return new Words(original, List.copyOf(words));
    }

    int size() {
        return list.size();
    }

    Word get(int index) {
        return list.get(index);
    }

    /** The original text from word {@code from} to word {@code to} (inclusive). */
    String written(int from, int to) {
        return original.substring(list.get(from).start(), list.get(to).end());
    }
}
