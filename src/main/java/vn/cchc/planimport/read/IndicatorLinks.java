package vn.cchc.planimport.read;

import java.util.Arrays;
import java.util.List;
import vn.cchc.shared.SearchText;

/**
 * Links a target's text to the one-stop indicator that measures it ("Tỷ lệ hồ sơ … giải quyết đúng hạn" →
 * ON_TIME_RATE) by the keyword rows of planimport/indicator-keywords.tsv; only codes the commune can read are used.
 */
final class IndicatorLinks {

    private record Rule(String code, List<String> required, List<String> excluded) {
    }

    private static final List<Rule> RULES = load();

    private IndicatorLinks() {
    }

    /** The first matching rule's code among {@code available}, or null. */
    static String link(String text, List<String> available) {
        String folded = " " + SearchText.key(text).replaceAll("[^\\p{L}\\d]+", " ") + " ";
        for (Rule rule : RULES) {
            if (available.contains(rule.code())
                    && rule.required().stream().allMatch(w -> folded.contains(" " + w + " "))
                    && rule.excluded().stream().noneMatch(w -> folded.contains(" " + w + " "))) {
                return rule.code();
            }
        }
        return null;
    }

    private static List<Rule> load() {
        return DataFiles.rows("/planimport/indicator-keywords.tsv").stream()
                .map(cols -> new Rule(cols[0].strip(), words(cols[1]), cols.length > 2 ? words(cols[2]) : List.of()))
                .toList();
    }

    private static List<String> words(String column) {
        return Arrays.stream(column.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }
}
