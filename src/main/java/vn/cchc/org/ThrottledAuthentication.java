package vn.cchc.org;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the password only when no lock holds, and records every attempt. The failure that reaches a lock is
 * already answered with the lock's message.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = login.getName();
        String address = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        LoginLocked locked = throttle.lock(username, address).orElse(null);
        if (locked != null) {
            throttle.refused(username, address);
            throw locked;
        }
        try {
            Authentication result = passwordCheck.authenticate(login);
            throttle.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            LoginLocked lockedNow = throttle.lock(username, address).orElse(null);
            throw lockedNow != null ? lockedNow : e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
