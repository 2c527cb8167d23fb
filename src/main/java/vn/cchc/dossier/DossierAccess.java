package vn.cchc.dossier;

import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Role;
import vn.cchc.org.UnitKind;

/**
 * Who may do what with the ledger: everyone of the commune reads the indicators; the commune admin, the standing
 * agency and the people of the public administration service centre (TTPVHCC) import, edit the catalogue, enter
 * PAKN items and manual indicator values.
 */
@Component
class DossierAccess {

    private final OrgDirectory org;

    DossierAccess(OrgDirectory org) {
        this.org = org;
    }

    boolean canManage(CurrentUser user) {
        if (!user.hasCommune()) {
            return false;
        }
        if (user.role() == Role.COMMUNE_ADMIN || user.role() == Role.STANDING_AGENCY) {
            return true;
        }
        return user.role().belongsToUnit() && user.unitId() != null
                && org.unit(user.communeId(), user.unitId()).map(u -> u.kind() == UnitKind.SERVICE_CENTRE).orElse(false);
    }

    void requireManage(CurrentUser user) {
        if (!canManage(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed to manage the dossier ledger");
        }
    }
}
