package vn.cchc.org;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the one-stop records (the dossier ledger and PAKN items): everyone of the commune reads the
 * indicators; the commune admin, the standing agency and the people of the public administration service centre
 * (TTPVHCC) import, edit the catalogue, enter PAKN items and manual indicator values.
 */
@Component
public class OneStopAccess {

    private final OrgDirectory org;

    OneStopAccess(OrgDirectory org) {
        this.org = org;
    }

    public boolean canManage(CurrentUser user) {
        if (!user.hasCommune()) {
            return false;
        }
        if (user.role() == Role.COMMUNE_ADMIN || user.role() == Role.STANDING_AGENCY) {
            return true;
        }
        return user.role().belongsToUnit() && user.unitId() != null
                && org.unit(user.communeId(), user.unitId()).map(u -> u.kind() == UnitKind.SERVICE_CENTRE).orElse(false);
    }

    public void requireManage(CurrentUser user) {
        if (!canManage(user)) {
            throw new AccessDeniedException("Not allowed to manage the dossier ledger");
        }
    }
}
