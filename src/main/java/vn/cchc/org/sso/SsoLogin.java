package vn.cchc.org.sso;

import java.net.URI;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * Sign-in through the province's OpenID Connect provider beside the form login; a bean only when
 * {@code cchc.sso.issuer-uri} is set, so without it none of its routes exist.
 */
public class SsoLogin {

    /** Where the login page's button starts the sign-in. */
    public static final String START = "/oauth2/authorization/" + SsoSettings.REGISTRATION;

    private final ProvinceRegistration registration;
    private final SsoUserService users;
    private final String providerOrigin;

    SsoLogin(ProvinceRegistration registration, SsoUserService users, SsoSettings settings) {
        this.registration = registration;
        this.users = users;
        URI issuer = URI.create(settings.issuerUri());
        this.providerOrigin = issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    public void configure(HttpSecurity http) throws Exception {
        SsoRefused refused = new SsoRefused();
        http.oauth2Login(oauth -> oauth.loginPage("/login")
                        .clientRegistrationRepository(registration)
                        .userInfoEndpoint(info -> info.oidcUserService(users))
                        .successHandler(new SsoSignedIn())
                        .failureHandler(refused)
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                // by default a provider out of reach would answer 500
                                filter.setAuthenticationFailureHandler(refused);
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutSuccessHandler(new SsoLogout(registration)));
    }

    /**
     * The policy with the provider allowed as a form target: logging out posts a form whose answer redirects to the
     * provider's logout, and browsers hold such a redirect to {@code form-action}.
     */
    public String contentSecurityPolicy(String policy) {
        return policy.replace("form-action 'self'", "form-action 'self' " + providerOrigin);
    }
}
