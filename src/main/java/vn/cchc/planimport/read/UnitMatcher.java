package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches unit names as plans write them (full names, "VH-XH", "HĐND&UBND", "TT PVHCC", "Phòng Kinh tế") to the
 * commune's units, reading a list ("Phòng VH-XH, TT PVHCC và Công an xã") left to right. "Các phòng, ban chuyên
 * môn" and the like set {@code allOthers}; generic words ("Phòng", "UBND xã", "thuộc") are skipped; a name no unit
 * has is returned as written in {@code unmatched}, never guessed. A fuzzy form (initials, part of a name) only
 * counts where a name starts, so "Trung tâm Văn hóa, Thể thao" is not read as "Văn hóa – Xã hội".
 */
public final class UnitMatcher {

    /** Words that say where or what kind of body, not which unit. */
    private static final Set<String> GENERIC = Set.of("phong", "ubnd", "xa", "phuong", "thi", "tran", "thuoc", "cua",
            "cac", "va", "voi", "cung", "cap", "qua");
    /** The longest run of words one unit form may span. */
    private static final int MAX_SPAN = 12;

    private final UnitForms forms;

    public UnitMatcher(List<UnitName> units) {
        this.forms = new UnitForms(List.copyOf(units));
    }

    public UnitMatch match(String text) {
        if (text == null || text.isBlank()) {
            return new UnitMatch(List.of(), false, List.of(), false);
        }
        Words words = Words.of(text.length() > 2_000 ? text.substring(0, 2_000) : text);
        int n = words.size();
        boolean[] used = new boolean[n];
        Set<Long> ids = new LinkedHashSet<>();
        boolean allOthers = false;
        boolean exact = true;
        int i = 0;
        while (i < n) {
            if (words.get(i).folded().equals("va")) {
                i++;
                continue;
            }
            int others = AllOthersPhrase.end(words, i);
            Found unit = longestUnit(words, i);
            if (unit != null && unit.last >= others && (unit.candidate.exact() || wholeName(words, i, unit.last, used))) {
                ids.add(unit.candidate.unitId());
                exact &= unit.candidate.exact();
                mark(used, i, unit.last);
                i = unit.last + 1;
            } else if (others >= 0) {
                allOthers = true;
                mark(used, i, others);
                i = others + 1;
            } else {
                i++;
            }
        }
        List<String> unmatched = unmatched(words, used);
        return new UnitMatch(new ArrayList<>(ids), allOthers, unmatched, exact && unmatched.isEmpty());
    }

    private record Found(UnitForms.Candidate candidate, int last) {
    }

    /** The longest run of words from {@code first} that is a form of exactly one unit ("và" inside is skipped). */
    private Found longestUnit(Words words, int first) {
        List<Integer> content = new ArrayList<>();
        for (int j = first; j < words.size() && content.size() < MAX_SPAN; j++) {
            if (!words.get(j).folded().equals("va") || content.isEmpty()) {
                content.add(j);
            }
        }
        for (int k = content.size(); k >= 1; k--) {
            StringBuilder form = new StringBuilder();
            for (int m = 0; m < k; m++) {
                form.append(words.get(content.get(m)).folded());
            }
            List<UnitForms.Candidate> found = forms.lookup(form.toString());
            if (!found.isEmpty()) {
                return new Found(found.get(0), content.get(k - 1));
            }
        }
        return null;
    }

    /**
     * A fuzzy form must be the whole name written there: only generic words between it and the separators around
     * it, so "Phòng Văn hóa – Xã hội" is not "Văn hóa" of "Phòng Văn hóa và Thông tin".
     */
    private static boolean wholeName(Words words, int first, int last, boolean[] used) {
        if (!startsName(words, first, used)) {
            return false;
        }
        for (int j = last + 1; j < words.size() && !separatorBetween(words, j - 1, j); j++) {
            String w = words.get(j).folded();
            if (w.equals("va")) {
                return true;
            }
            if (!GENERIC.contains(w) && !placeName(words, j)) {
                return false;
            }
        }
        return true;
    }

    /** True when word {@code i} starts a name: only generic words since a separator, a match or the start. */
    private static boolean startsName(Words words, int i, boolean[] used) {
        for (int j = i - 1; j >= 0; j--) {
            if (used[j] || separatorBetween(words, j, j + 1) || words.get(j).folded().equals("va")) {
                return true;
            }
            if (!GENERIC.contains(words.get(j).folded())) {
                return false;
            }
        }
        return true;
    }

    private static boolean separatorBetween(Words words, int left, int right) {
        String between = words.original().substring(words.get(left).end(), words.get(right).start());
        return between.chars().anyMatch(c -> ",;/(&+:".indexOf(c) >= 0);
    }

    /** Runs of unused words that hold more than generic words and place names, as written. */
    private static List<String> unmatched(Words words, boolean[] used) {
        List<String> out = new ArrayList<>();
        int runStart = -1;
        int lastContent = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean breakHere = i == words.size() || used[i] || words.get(i).folded().equals("va")
                    || (runStart >= 0 && separatorBetween(words, i - 1, i));
            if (breakHere && runStart >= 0) {
                if (lastContent >= 0) {
                    out.add(words.written(runStart, lastContent));
                }
                runStart = -1;
                lastContent = -1;
            }
            if (i == words.size() || used[i] || words.get(i).folded().equals("va")) {
                continue;
            }
            if (placeName(words, i)) {
                continue;
            }
            if (!GENERIC.contains(words.get(i).folded())) {
                if (runStart < 0) {
                    runStart = i;
                }
                lastContent = i;
            }
        }
        return out;
    }

    /** A capitalised word after "xã"/"phường"/"thị trấn" names the commune ("xã Chí Minh"), not a unit. */
    private static boolean placeName(Words words, int i) {
        for (int j = i - 1; j >= 0 && words.get(j + 1).capitalised(); j--) {
            if (UnitForms.isCommuneWord(words, j) || (j > 0 && words.get(j).folded().equals("tran")
                    && words.get(j - 1).folded().equals("thi"))) {
                return j < i;
            }
            if (!words.get(j).capitalised()) {
                return false;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int j = from; j <= to; j++) {
            used[j] = true;
        }
    }
}
