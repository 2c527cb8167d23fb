package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** A database failure while the login attempts are read or written is a failed login (login page), not a 500. */
class ThrottledAuthenticationTest {

    @Test
    void aDatabaseFailureOfTheThrottleIsAnsweredAsAFailedLogin() {
        LoginThrottle throttle = mock(LoginThrottle.class);
        when(throttle.admit(anyString(), anyString())).thenThrow(new DataAccessResourceFailureException("down"));
        ThrottledAuthentication login = new ThrottledAuthentication(mock(AuthenticationProvider.class), throttle);
        assertThatThrownBy(() -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("ai-do", "mat-khau")))
                .isInstanceOf(InternalAuthenticationServiceException.class);
    }
}
