package vn.cchc.dossier.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.shared.SearchText;

/** Which column of a file holds which field: the commune's saved header for a field first, then the defaults. */
final class ColumnMapping {

    private final Map<DossierField, String> saved;

    ColumnMapping(Map<DossierField, String> saved) {
        this.saved = saved;
    }

    /** Field → column index for this header row; fields not present are left out. */
    Map<DossierField, Integer> resolve(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(SearchText.key(header.get(i)), i);
        }
        Map<DossierField, Integer> found = new EnumMap<>(DossierField.class);
        for (DossierField field : DossierField.values()) {
            for (String candidate : candidates(field)) {
                Integer index = columns.get(SearchText.key(candidate));
                if (index != null) {
                    found.put(field, index);
                    break;
                }
            }
        }
        return found;
    }

    private List<String> candidates(DossierField field) {
        List<String> list = new ArrayList<>();
        String own = saved.get(field);
        if (own != null && !own.isBlank()) {
            list.add(own);
        }
        list.addAll(field.headers());
        return list;
    }

    String headerFor(DossierField field) {
        return saved.getOrDefault(field, field.defaultHeader());
    }
}
