package vn.cchc.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a person typed into the search box, as folded words that must all appear (AND). Words of one character are
 * dropped (they match nearly everything); a query left with none, or longer than {@link #MAX_LENGTH}, is refused.
 * Each module that owns searchable rows matches these words against its own folded text.
 */
public final class SearchQuery {

    public static final int MAX_LENGTH = 200;
    public static final int MIN_WORD = 2;

    private final String text;
    private final List<String> words;

    private SearchQuery(String text, List<String> words) {
        this.text = text;
        this.words = words;
    }

    /** @throws InvalidInput with key {@code search.tooLong} or {@code search.tooShort} on field {@code q} */
    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw InvalidInput.of("q", "search.tooLong", MAX_LENGTH);
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : SearchText.key(text.replaceAll("\\p{Cntrl}", " ")).split(" ")) {
            if (word.length() >= MIN_WORD) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            throw InvalidInput.of("q", "search.tooShort", MIN_WORD);
        }
        return new SearchQuery(text, List.copyOf(words));
    }

    /** The query as typed (trimmed), for the box and for links. */
    public String text() {
        return text;
    }

    /** Folded words, each at least {@link #MIN_WORD} characters, without repeats. */
    public List<String> words() {
        return words;
    }

    /**
     * SQL that requires every word in the folded expression {@code folded}: one {@code like ? escape '\'} per word,
     * joined by {@code and}, to be bound with {@link #likePatterns()}.
     */
    public String allWordsIn(String folded) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parts.add(folded + " like ? escape '\\'");
        }
        return "(" + String.join(" and ", parts) + ")";
    }

    /** {@code %word%} per word, with the LIKE wildcards a person may type ({@code % _ \}) escaped. */
    public List<String> likePatterns() {
        return words.stream().map(w -> "%" + escapeLike(w) + "%").toList();
    }

    /** Parameters for a statement: {@code before} (e.g. the commune), then {@link #likePatterns()}, then the limit. */
    public List<Object> bind(int limit, Object... before) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(before));
        params.addAll(likePatterns());
        params.add(limit);
        return params;
    }

    /** The same test in Java, for the few lists a module filters in memory: every word in the folded text. */
    public boolean matches(String text) {
        String folded = SearchText.key(text);
        return words.stream().allMatch(folded::contains);
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
