package vn.cchc.org.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After the local logout (session invalidated, cookie deleted): a user who signed in through the provider is sent
 * to the provider's logout (RP-initiated logout), which returns to the login page; everyone else, or when the
 * provider publishes no logout endpoint, goes straight to the login page.
 */
class SsoLogout implements LogoutSuccessHandler {

    private final ProvinceRegistration provider;

    SsoLogout(ProvinceRegistration provider) {
        this.provider = provider;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String loggedOut = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath() + "/login").replaceQuery("logout").build().toUriString();
        Optional<String> endSession = provider.endSessionEndpoint();
        if (authentication != null && authentication.getDetails() instanceof SsoSignedIn.Details sso
                && endSession.isPresent()) {
            response.sendRedirect(UriComponentsBuilder.fromUriString(endSession.get())
                    .queryParam("id_token_hint", encoded(sso.idToken()))
                    .queryParam("client_id", encoded(provider.clientId()))
                    .queryParam("post_logout_redirect_uri", encoded(loggedOut))
                    .build(true).toUriString());
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
