package vn.cchc.org.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused or failed sign-in through the provider goes back to the login page with its reason: a refusal of the
 * mapping with its own message, the provider out of reach, anything else (a stale state, an invalid token, an
 * error the provider sent) with one general message. Never a 500.
 */
class SsoRefused implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SsoRefused.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        SsoRefusal refusal = reason(exception);
        if (refusal == SsoRefusal.FAILED || refusal == SsoRefusal.UNAVAILABLE) {
            log.warn("Single sign-on failed: {}", exception.toString());
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + refusal.code());
    }

    private static SsoRefusal reason(AuthenticationException exception) {
        if (exception instanceof DisabledException) {
            return SsoRefusal.DISABLED;
        }
        if (exception.getCause() instanceof ProvinceRegistration.Unavailable) {
            return SsoRefusal.UNAVAILABLE;
        }
        return SsoRefusal.of(exception).orElse(SsoRefusal.FAILED);
    }
}
