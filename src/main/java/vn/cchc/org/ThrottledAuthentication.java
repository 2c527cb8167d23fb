package vn.cchc.org;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the password only when no lock holds, and records the attempts. The failure that reaches a lock is
 * already answered with the lock's message. The username is used as {@link LoginName} makes it (PostgreSQL refuses
 * a NUL), and a database failure is answered by the login page like any failed login, never with a 500.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = LoginName.of(login.getName());
        String address = AddressGroup.of(
                login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
        try {
            long attempt = throttle.admit(username, address);
            try {
                Authentication result = passwordCheck.authenticate(withUsername(login, username));
                throttle.succeeded(attempt);
                return result;
            } catch (AuthenticationException e) {
                LoginLocked lockedNow = throttle.lockAfterFailure(username, address).orElse(null);
                throw lockedNow != null ? lockedNow : e;
            }
        } catch (DataAccessException e) {
            log.error("Login attempt not checked: the login attempts could not be read or written", e);
            throw new InternalAuthenticationServiceException("login attempts unavailable", e);
        }
    }

    /** The login with the username the throttle counted, not the one typed. */
    private static Authentication withUsername(Authentication login, String username) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, login.getCredentials());
        token.setDetails(login.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
