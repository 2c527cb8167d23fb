package vn.cchc.registers;

import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;

/**
 * Who keeps the registers: the standing agency and the commune admin manage every entry; a unit's head or staff add
 * and edit their own unit's initiatives and articles; everyone of the commune reads.
 */
public final class RegisterRoles {

    private RegisterRoles() {
    }

    /** Manages every entry of every register (and is the only one who keeps dialogues). */
    public static boolean managesAll(CurrentUser user) {
        return user.hasCommune() && (user.role() == Role.COMMUNE_ADMIN || user.role() == Role.STANDING_AGENCY);
    }

    /** May add or edit an entry of this unit (an initiative or an article). */
    public static boolean editsUnit(CurrentUser user, long unitId) {
        return managesAll(user) || (user.hasCommune() && (user.role() == Role.UNIT_HEAD || user.role() == Role.UNIT_STAFF)
                && user.unitId() != null && user.unitId() == unitId);
    }

    /** May add entries of some unit: a manager, or a unit's head or staff for their own unit. */
    public static boolean addsForOwnUnit(CurrentUser user) {
        return managesAll(user) || (user.hasCommune() && (user.role() == Role.UNIT_HEAD || user.role() == Role.UNIT_STAFF)
                && user.unitId() != null);
    }
}
