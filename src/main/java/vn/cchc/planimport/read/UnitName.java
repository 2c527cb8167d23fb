package vn.cchc.planimport.read;

import vn.cchc.org.UnitKind;

/**
 * A unit of the commune the text's unit names are matched against; its kind and whether it is the PAR standing
 * agency let the reader suggest a lead where the document names none.
 */
public record UnitName(long id, String name, String shortName, UnitKind kind, boolean standingAgency) {

    /** A unit known only by its names (tests of matching). */
    public UnitName(long id, String name, String shortName) {
        this(id, name, shortName, UnitKind.OTHER, false);
    }
}
