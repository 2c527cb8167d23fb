package vn.cchc.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the login page with the reason: a lock with its minutes left, otherwise the one message for a wrong
 * username or password. The typed username comes back in the form, as the login used it (cleaned and cut).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String TYPED_USERNAME = "typedUsername";

    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        FlashMap typed = new FlashMap();
        typed.put(TYPED_USERNAME, LoginName.of(request.getParameter("username")));
        typed.setTargetRequestPath(request.getContextPath() + "/login");
        flash.saveOutputFlashMap(typed, request, response);
        response.sendRedirect(request.getContextPath() + target(exception));
    }

    private static String target(AuthenticationException exception) {
        if (exception instanceof LoginLocked locked) {
            String param = locked.reason() == LoginLocked.Reason.ACCOUNT ? "locked" : "throttled";
            return "/login?" + param + "=" + locked.minutesLeft();
        }
        return "/login?error";
    }
}
