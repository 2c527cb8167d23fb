package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every way a plan may write a commune unit, as folded letters with the separators removed: the full name
 * ("vanhoaxahoi"), the short name ("vhxh"), any mix of whole words and initials ("ttpvhcc", "trungtamphucvuhcc",
 * "vphdndubnd"), the name without its type word ("hdndubnd" for "Văn phòng HĐND và UBND") and a leading part of
 * the name ("kinhte" for "Phòng Kinh tế, Hạ tầng và Đô thị"). Only the full and short names are exact.
 */
final class UnitForms {

    /** A unit a written form stands for, and whether the form is its full or short name. */
    record Candidate(long unitId, boolean exact) {
    }

    /** Words that name the kind of unit rather than which one ("Văn phòng …", "Trung tâm …"). */
    private static final Set<String> TYPE_WORDS = Set.of("van phong", "trung tam");
    /** Past ten words the mixes of words and initials grow too many; such names keep their other forms. */
    private static final int MAX_MIXED_WORDS = 10;

    private final Map<String, List<Candidate>> forms = new HashMap<>();

    UnitForms(List<UnitName> units) {
        for (UnitName unit : units) {
            List<String> core = coreWords(unit.name());
            List<String> initials = initials(unit.name(), core.size());
            add(String.join("", core), unit.id(), true);
            if (unit.shortName() != null && !unit.shortName().isBlank()) {
                add(String.join("", coreWords(unit.shortName())), unit.id(), true);
            }
            addMixes(core, initials, unit.id());
            int type = typeWords(core);
            if (type > 0 && core.size() > type) {
                addMixes(core.subList(type, core.size()), initials.subList(type, core.size()), unit.id());
                add(String.join("", core.subList(type, core.size())), unit.id(), false);
            }
            for (int k = type + 2; k < core.size(); k++) {
                add(String.join("", core.subList(0, k)), unit.id(), false);
            }
        }
    }

    /** The units a form names, best first (an exact form beats a fuzzy one); empty when none or ambiguous. */
    List<Candidate> lookup(String form) {
        List<Candidate> found = forms.getOrDefault(form, List.of());
        List<Candidate> exact = found.stream().filter(Candidate::exact).toList();
        List<Candidate> best = exact.isEmpty() ? found : exact;
        return best.stream().map(Candidate::unitId).distinct().count() == 1 ? List.of(best.get(0)) : List.of();
    }

    /** The name's folded words without "và", a leading "Phòng", and the commune part ("phường Bắc Nha Trang"). */
    static List<String> coreWords(String name) {
        Words words = Words.of(name);
        List<String> core = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).folded();
            boolean next = i + 1 < words.size();
            if (isCommuneWord(words, i)) {
                break;
            }
            if (w.equals("va") || (core.isEmpty() && w.equals("phong") && next && !words.get(i + 1).folded().equals("ban"))) {
                continue;
            }
            core.add(w);
        }
        return core;
    }

    /** "xã", "phường", "thị trấn" start the commune part, except "xã hội". */
    static boolean isCommuneWord(Words words, int i) {
        String w = words.get(i).folded();
        String next = i + 1 < words.size() ? words.get(i + 1).folded() : "";
        return (w.equals("xa") && !next.equals("hoi")) || w.equals("phuong") || (w.equals("thi") && next.equals("tran"));
    }

    /** Each core word's initial, or the whole word when written as an abbreviation (HĐND, UBND). */
    private static List<String> initials(String name, int count) {
        Words words = Words.of(name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size() && out.size() < count; i++) {
            Words.Word w = words.get(i);
            if (w.folded().equals("va") || (out.isEmpty() && i == 0 && w.folded().equals("phong") && words.size() > 1
                    && !words.get(1).folded().equals("ban"))) {
                continue;
            }
            boolean abbreviation = w.written().length() > 1 && w.written().equals(w.written().toUpperCase());
            out.add(abbreviation ? w.folded() : w.folded().substring(0, 1));
        }
        while (out.size() < count) {
            out.add("");
        }
        return out;
    }

    private static int typeWords(List<String> core) {
        return core.size() >= 2 && TYPE_WORDS.contains(core.get(0) + " " + core.get(1)) ? 2 : 0;
    }

    private void addMixes(List<String> core, List<String> initials, long unitId) {
        int n = core.size();
        if (n == 0 || n > MAX_MIXED_WORDS) {
            return;
        }
        for (int mask = 1; mask < (1 << n); mask++) {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < n; i++) {
                form.append((mask & (1 << i)) != 0 ? initials.get(i) : core.get(i));
            }
            add(form.toString(), unitId, false);
        }
    }

    private void add(String form, long unitId, boolean exact) {
        // Two letters ("ca", "vp") name too many things to be read as a unit on their own.
        if (form.length() < 3) {
            return;
        }
        List<Candidate> list = forms.computeIfAbsent(form, k -> new ArrayList<>());
        if (list.stream().noneMatch(c -> c.unitId() == unitId && c.exact() == exact)) {
            list.add(new Candidate(unitId, exact));
        }
    }
}
