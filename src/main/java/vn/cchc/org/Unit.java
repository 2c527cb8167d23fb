package vn.cchc.org;

/** A unit (phòng, ban, trung tâm) of a commune; the standing agency of PAR is a flag on one of them. */
public record Unit(long id, long communeId, String name, String shortName, UnitKind kind, boolean standingAgency,
                   boolean active) {
}
