package vn.cchc.planimport.read;

import java.util.List;

/**
 * The commune units a phrase names, in the order written ("Phòng VH-XH, TT PVHCC"); {@code allOthers} when it
 * says "các phòng, ban chuyên môn" or similar; {@code unmatched} are the parts no unit was found for; {@code exact}
 * is false when a match was fuzzy (an abbreviation or a partial name), so the reviewer should check it.
 */
public record UnitMatch(List<Long> unitIds, boolean allOthers, List<String> unmatched, boolean exact) {
    public UnitMatch {
        unitIds = List.copyOf(unitIds);
        unmatched = List.copyOf(unmatched);
    }

    public static UnitMatch none(String text) {
        return new UnitMatch(List.of(), false, text == null || text.isBlank() ? List.of() : List.of(text.strip()), false);
    }
}
