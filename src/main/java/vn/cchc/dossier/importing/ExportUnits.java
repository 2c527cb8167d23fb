package vn.cchc.dossier.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.org.Unit;
import vn.cchc.shared.SearchText;

/** Finds the commune's unit an export names, by folded name or short name, the longest match winning. */
final class ExportUnits {
    private final List<Unit> units;
    private static final long NONE = -1;
    private final Map<String, Long> cache = new HashMap<>();

    ExportUnits(List<Unit> units) {
        this.units = units;
    }

    Long match(String text) {
        String key = SearchText.key(text);
        if (key.isEmpty()) {
            return null;
        }
        long id = cache.computeIfAbsent(key, k -> {
            Unit best = null;
            int bestLength = 0;
            for (Unit u : units) {
                for (String name : List.of(SearchText.key(u.name()), SearchText.key(u.shortName()))) {
                    if (!name.isEmpty() && (k.equals(name) || k.contains(name)) && name.length() > bestLength) {
                        best = u;
                        bestLength = name.length();
                    }
                }
            }
            return best == null ? NONE : best.id();
        });
        return id == NONE ? null : id;
    }
}
