package vn.cchc.planimport.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;
import vn.cchc.shared.SearchText;

/**
 * Finds the thresholds a target sentence states: "từ 95% trở lên" (PERCENT GE 95), "trên 90%" (GT), "dưới 0,5%"
 * (LT), "không quá 5%" (LE), "ít nhất 02 sáng kiến" (COUNT GE 2 "sáng kiến"), "giảm 01 biên chế" (COUNT GE 1: at
 * least one post cut; the sentence keeps the word "giảm"). A percentage with no qualifier ("100% văn bản …",
 * "đạt 100%") is a floor, GE: plans state what must at least be reached, and GE 100 is the same test as EQ 100
 * for a share. A count needs a qualifier, so "Kế hoạch số 45" or a date is never a target; over 100% is not a share.
 */
public final class ThresholdReader {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d{1,4})(?![\\d%/.,-]\\d|\\d|\\s?%)\\s+(\\p{L}+)(\\s+\\p{L}+)?");
    /** Words that may stand between a qualifier and the number ("đạt tỷ lệ từ 95%", "tối thiểu từ 60%"). */
    private static final Pattern CHAIN = Pattern.compile(
            "(?:^|[^\\p{L}\\d])((?:(?:toi thieu|it nhat|khong duoi|khong it hon|tu|tren|duoi|khong qua|khong vuot qua"
                    + "|toi da|dat|phan dau|tang|giam|muc|o muc|ty le|bang|>=|<=|≥|≤|>|<|=)\\s*)+)$");
    private static final Set<String> COUNT_QUALIFIERS = Set.of("toi thieu", "it nhat", "khong duoi", "khong it hon",
            "tren", "duoi", "khong qua", "khong vuot qua", "toi da", "giam", "tang", ">=", "<=", "≥", "≤", ">", "<");
    /** Counted things written in two words; other counted things are read as one word ("cuộc", "bài"). */
    private static final Set<String> TWO_WORD_NOUNS = Set.of("sang kien", "bien che", "van ban", "hoi nghi", "mo hinh",
            "ho so", "thu tuc", "don vi", "co quan", "tin bai", "lop tap", "cong chuc", "can bo", "dot kiem", "bai viet",
            "phong su", "chuyen muc", "lop boi", "luot truy", "tai khoan", "dich vu");
    /** How far back from the number a qualifier may start. */
    private static final int WINDOW = 40;

    private ThresholdReader() {
    }

    public static List<Threshold> find(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return List.of();
        }
        String folded = SearchText.fold(sentence);
        List<Threshold> found = new ArrayList<>();
        Matcher m = PERCENT.matcher(folded);
        int clauseStart = 0;
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
            if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
                continue;
            }
            Qualifier q = qualifier(folded, Math.max(clauseStart, lastClauseBreak(folded, m.start())), m.start());
            Comparator comparator = after(folded, m.end(), q.comparator());
            found.add(new Threshold(MetricKind.PERCENT, comparator, value.stripTrailingZeros().scale() < 0
                    ? value.setScale(0) : value.stripTrailingZeros(), "%", q.start(), m.end()));
            clauseStart = m.end();
        }
        findCounts(sentence, folded, found);
        found.sort(java.util.Comparator.comparingInt(Threshold::start));
        // Each word belongs to one threshold: a later one that starts inside an earlier one is dropped.
        List<Threshold> apart = new ArrayList<>();
        for (Threshold t : found) {
            if (apart.isEmpty() || t.start() >= apart.get(apart.size() - 1).end()) {
                apart.add(t);
            }
        }
        return List.copyOf(apart);
    }

    private static void findCounts(String sentence, String folded, List<Threshold> found) {
        Matcher m = COUNT.matcher(folded);
        while (m.find()) {
            int from = lastClauseBreak(folded, m.start());
            Qualifier q = qualifier(folded, from, m.start());
            if (q.words() == null || COUNT_QUALIFIERS.stream().noneMatch(w -> containsWord(q.words(), w))
                    || overlaps(found, m.start())) {
                continue;
            }
            String two = m.group(3) == null ? null : m.group(2) + " " + m.group(3).strip();
            int nounEnd = two != null && TWO_WORD_NOUNS.contains(two) ? m.end(3) : m.end(2);
            String unit = sentence.substring(m.start(2), nounEnd);
            BigDecimal value = new BigDecimal(m.group(1).replace(".", ""));
            found.add(new Threshold(MetricKind.COUNT, q.comparator(), value, unit, q.start(), nounEnd));
        }
    }

    private record Qualifier(Comparator comparator, String words, int start) {
    }

    /** The qualifier words right before the number, and the comparator they say (GE when none). */
    private static Qualifier qualifier(String folded, int from, int numberStart) {
        int windowStart = Math.max(from, numberStart - WINDOW);
        Matcher chain = CHAIN.matcher(folded.substring(windowStart, numberStart));
        if (!chain.find()) {
            return new Qualifier(Comparator.GE, null, numberStart);
        }
        String words = chain.group(1);
        return new Qualifier(comparator(words), words, windowStart + chain.start(1));
    }

    private static Comparator comparator(String words) {
        if (words.contains(">=") || words.contains("≥")) {
            return Comparator.GE;
        }
        if (words.contains("<=") || words.contains("≤") || containsWord(words, "khong qua")
                || containsWord(words, "khong vuot qua") || containsWord(words, "toi da")) {
            return Comparator.LE;
        }
        if (words.contains(">") || containsWord(words, "tren")) {
            return Comparator.GT;
        }
        if ((words.contains("<") || containsWord(words, "duoi")) && !containsWord(words, "khong duoi")) {
            return Comparator.LT;
        }
        return words.contains("=") && !words.contains("≥") ? Comparator.EQ : Comparator.GE;
    }

    /** "… 95% trở lên" is a floor, "… 5% trở xuống" a ceiling, whatever came before. */
    private static Comparator after(String folded, int end, Comparator before) {
        String rest = folded.substring(end, Math.min(folded.length(), end + 12)).stripLeading();
        if (rest.startsWith("tro len")) {
            return Comparator.GE;
        }
        return rest.startsWith("tro xuong") ? Comparator.LE : before;
    }

    private static boolean containsWord(String words, String word) {
        return (" " + words.strip().replaceAll("\\s+", " ") + " ").contains(" " + word + " ");
    }

    private static int lastClauseBreak(String folded, int before) {
        int cut = 0;
        for (int i = before - 1; i >= 0 && i >= before - WINDOW; i--) {
            char c = folded.charAt(i);
            if (c == ';' || c == ':' || c == '.' && (i + 1 >= folded.length() || !Character.isDigit(folded.charAt(i + 1)))) {
                cut = i + 1;
                break;
            }
        }
        return cut;
    }

    private static boolean overlaps(List<Threshold> found, int at) {
        return found.stream().anyMatch(t -> at >= t.start() && at < t.end());
    }
}
