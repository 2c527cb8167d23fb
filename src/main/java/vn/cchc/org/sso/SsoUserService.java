package vn.cchc.org.sso;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** After Spring Security has verified the ID token (and read the user-info endpoint, if the provider has one). */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService verified = new OidcUserService();
    private final SsoAccounts accounts;

    SsoUserService(SsoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = verified.loadUser(request);
        String issuer = oidc.getIdToken().getIssuer().toString();
        return new SsoUser(oidc, accounts.signIn(issuer, oidc.getSubject(), oidc.getClaims()));
    }
}
