package vn.cchc.audit;

import org.springframework.security.access.AccessDeniedException;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;

/** Whose entries a reader sees: the commune admin their commune's, the province admin the whole province's. */
record AuditScope(Long communeId, Long provinceId) {

    static AuditScope of(CurrentUser me) {
        if (me.role() == Role.COMMUNE_ADMIN && me.hasCommune()) {
            return new AuditScope(me.communeId(), null);
        }
        if (me.role() == Role.PROVINCE_ADMIN) {
            return new AuditScope(null, me.provinceId());
        }
        throw new AccessDeniedException("audit log");
    }

    boolean provinceWide() {
        return communeId == null;
    }
}
