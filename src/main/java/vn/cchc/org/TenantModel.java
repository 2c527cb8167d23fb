package vn.cchc.org;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the user's commune (or province) name in every page's header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class TenantModel {

    private final OrgRepository org;

    TenantModel(OrgRepository org) {
        this.org = org;
    }

    @ModelAttribute("tenantName")
    String tenantName(@AuthenticationPrincipal CurrentUser me) {
        if (me == null) {
            return null;
        }
        if (me.communeId() != null) {
            return org.commune(me.communeId()).map(Commune::name).orElse(null);
        }
        return org.province(me.provinceId()).map(Province::name).orElse(null);
    }

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal CurrentUser me) {
        return me;
    }
}
