package vn.cchc.deadlines;

import java.util.List;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Unit;
import vn.cchc.shared.NotFoundException;

/**
 * Whose due dates a user sees: coordinators (standing agency, leader, admin, viewer) the whole commune's, or one
 * unit's when they pick it; a unit's head and staff their own unit's, whatever they ask for. Province users have no
 * commune (404), and a unit of another commune is unknown to everyone (404). Pure.
 */
public record DeadlineScope(long communeId, Long unitId, boolean coordinator) {

    /** A unit user without a unit sees nothing. */
    private static final long NO_UNIT = -1;

    public static DeadlineScope of(CurrentUser me, Long requestedUnit, List<Unit> communeUnits) {
        long communeId = me.requireCommune();
        if (requestedUnit != null && communeUnits.stream().noneMatch(u -> u.id() == requestedUnit)) {
            throw new NotFoundException("unit", requestedUnit);
        }
        if (!me.coordinates()) {
            return new DeadlineScope(communeId, me.unitId() == null ? NO_UNIT : me.unitId(), false);
        }
        return new DeadlineScope(communeId, requestedUnit, true);
    }

    public boolean shows(DeadlineEntry entry) {
        return unitId == null || entry.units().contains(unitId);
    }
}
