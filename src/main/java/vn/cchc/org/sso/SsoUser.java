package vn.cchc.org.sso;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.cchc.org.CurrentUser;

/**
 * The verified OIDC user and the app's user it signs in as. Named by the app's username and holding the app's
 * role, so the login's success event names the same user a form login's would.
 */
final class SsoUser implements OidcUser {

    private final OidcUser oidc;
    private final CurrentUser user;

    SsoUser(OidcUser oidc, CurrentUser user) {
        this.oidc = oidc;
        this.user = user;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.getAuthorities();
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
