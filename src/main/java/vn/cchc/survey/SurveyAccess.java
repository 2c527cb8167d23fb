package vn.cchc.survey;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.org.Role;

/**
 * Who does what with a commune's surveys: those who run the one-stop shop (commune admin, standing agency, the
 * service centre's people) set surveys and QR codes up; they and any unit's officer may type in paper forms; every
 * commune role sees the surveys.
 */
@Component
class SurveyAccess {

    private final OneStopAccess oneStop;

    SurveyAccess(OneStopAccess oneStop) {
        this.oneStop = oneStop;
    }

    boolean canManage(CurrentUser user) {
        return oneStop.canManage(user);
    }

    void requireManage(CurrentUser user) {
        if (!canManage(user)) {
            throw new AccessDeniedException("survey management");
        }
    }

    boolean canInterview(CurrentUser user) {
        return user.hasCommune() && (canManage(user) || user.role().belongsToUnit() && user.role() != Role.VIEWER);
    }

    void requireInterview(CurrentUser user) {
        if (!canInterview(user)) {
            throw new AccessDeniedException("survey interview");
        }
    }
}
