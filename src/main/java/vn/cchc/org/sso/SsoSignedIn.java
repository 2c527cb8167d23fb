package vn.cchc.org.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import vn.cchc.org.CurrentUser;

/**
 * Turns the OIDC login into the app's own: the session holds the {@link CurrentUser} like after a form login, so
 * every page, the security stamp check and the page cache work unchanged. The ID token stays in the details for
 * the provider's logout. Then to the home page, like a form login.
 */
class SsoSignedIn implements AuthenticationSuccessHandler {

    /** Request details (address, session) plus the ID token the provider's logout asks for. */
    static final class Details extends WebAuthenticationDetails {
        private final String idToken;

        Details(String remoteAddress, String sessionId, String idToken) {
            super(remoteAddress, sessionId);
            this.idToken = idToken;
        }

        String idToken() {
            return idToken;
        }
    }

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        SsoUser sso = (SsoUser) authentication.getPrincipal();
        CurrentUser me = sso.user();
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities());
        signedIn.setDetails(new Details(request.getRemoteAddr(), request.getSession().getId(),
                sso.getIdToken().getTokenValue()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }
}
