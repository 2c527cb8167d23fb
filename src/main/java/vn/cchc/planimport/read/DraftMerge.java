package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.planimport.DraftArea;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;
import vn.cchc.shared.SearchText;

/**
 * Puts the findings of the tables and of the prose together without counting an item twice: a prose target with
 * the same threshold as a table target and mostly the same words is the table's (the table has the responsible
 * unit); a task read from the same lines, or with mostly the same words as one already kept, is dropped.
 */
final class DraftMerge {

    /** Share of the shorter text's words the longer one must hold for two items to be the same… */
    private static final double SAME_WORDS = 0.8;
    /** …and of the longer text's words, so a short title inside a long one is not taken for it. */
    private static final double SAME_WORDS_OF_LONGER = 0.6;
    /** Share of the shorter target text's telling words the other must hold. */
    private static final double SAME_TOPIC = 0.7;
    /** Words nearly every target sentence has ("tỷ lệ … thủ tục hành chính … được giải quyết … đạt … theo quy định"). */
    private static final Set<String> COMMON = Set.of("ty", "le", "thu", "tuc", "hanh", "chinh", "giai", "quyet", "cac",
            "duoc", "dat", "va", "cua", "theo", "quy", "dinh", "phuong", "xa", "nam", "2025", "2026");

    private DraftMerge() {
    }

    static List<DraftArea> areas(List<DraftArea> first, List<DraftArea> second) {
        List<DraftArea> out = new ArrayList<>(first);
        Set<String> codes = first.stream().map(DraftArea::areaCode).collect(Collectors.toCollection(HashSet::new));
        second.stream().filter(a -> codes.add(a.areaCode())).forEach(out::add);
        return out;
    }

    /** {@code more} without the targets {@code kept} already has; each list is taken as free of repeats. */
    static List<DraftTarget> targets(List<DraftTarget> kept, List<DraftTarget> more) {
        List<DraftTarget> out = new ArrayList<>(kept);
        for (DraftTarget t : more) {
            boolean twice = kept.stream().anyMatch(k -> overlap(k.span(), t.span()) && k.text().equals(t.text())
                    || k.comparator() == t.comparator() && k.threshold().compareTo(t.threshold()) == 0
                    && (k.indicatorCode() == null || t.indicatorCode() == null || k.indicatorCode().equals(t.indicatorCode()))
                    && sameTopic(k.text(), t.text()));
            if (!twice) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code more} without the tasks {@code kept} already has (same lines or same words), then added to it. */
    static List<DraftTask> tasks(List<DraftTask> kept, List<DraftTask> more) {
        List<DraftTask> out = new ArrayList<>(kept);
        // each title folded and split once: comparing every pair stays cheap for a plan of hundreds of tasks
        List<Set<String>> keptWords = kept.stream().map(k -> words(k.title())).toList();
        for (DraftTask t : more) {
            Set<String> words = words(t.title());
            boolean twice = false;
            for (int i = 0; i < kept.size() && !twice; i++) {
                twice = overlap(kept.get(i).span(), t.span()) || sameWords(keptWords.get(i), words);
            }
            if (!twice) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean overlap(LineSpan a, LineSpan b) {
        return a != null && b != null && a.first() <= b.last() && b.first() <= a.last();
    }

    /**
     * Two target texts with the same threshold name the same thing when most of the shorter one's telling words are
     * in the other: an appendix row "Tỷ lệ cán bộ, công chức đạt chuẩn theo quy định: Trên 90% …" and the sentence
     * "Trên 90% cán bộ, công chức, viên chức phường đạt chuẩn chức danh …". Words every target uses do not count.
     */
    static boolean sameTopic(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        wa.removeAll(COMMON);
        wb.removeAll(COMMON);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return common.size() >= SAME_TOPIC * Math.min(wa.size(), wb.size());
    }

    static boolean sameWords(String a, String b) {
        return sameWords(words(a), words(b));
    }

    private static boolean sameWords(Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> smaller = wa.size() <= wb.size() ? wa : wb;
        Set<String> larger = smaller == wa ? wb : wa;
        if (smaller.size() < SAME_WORDS_OF_LONGER * larger.size()) {
            return false; // too few words to hold most of the longer title, whatever they are
        }
        long common = smaller.stream().filter(larger::contains).count();
        return common >= SAME_WORDS * smaller.size() && common >= SAME_WORDS_OF_LONGER * larger.size();
    }

    private static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(SearchText.fold(text).split("[^\\p{L}\\d]+")).filter(w -> w.length() > 1)
                .collect(Collectors.toSet());
    }
}
