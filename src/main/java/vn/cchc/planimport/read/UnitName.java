package vn.cchc.planimport.read;

/** A unit of the commune the text's unit names are matched against. */
public record UnitName(long id, String name, String shortName) {
}
