package vn.cchc.planimport.read;

import java.util.List;

/** Matches unit names as plans write them (full names, "VH-XH", "HĐND&UBND", "TT PVHCC") to the commune's units. */
public final class UnitMatcher {

    private final List<UnitName> units;

    public UnitMatcher(List<UnitName> units) {
        this.units = List.copyOf(units);
    }

    public UnitMatch match(String text) {
        return UnitMatch.none(text);
    }
}
