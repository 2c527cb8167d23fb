package vn.cchc.org;

import org.springframework.security.core.AuthenticationException;

/** A login refused by a lock, without looking at the password: the login page says when to try again. */
class LoginLocked extends AuthenticationException {

    /** Whose failures locked: the username's (known or not, so nobody learns which exist) or the address's. */
    enum Reason { ACCOUNT, ADDRESS }

    private final Reason reason;
    private final long minutesLeft;

    LoginLocked(Reason reason, long minutesLeft) {
        super("login locked for " + minutesLeft + " min (" + reason + ")");
        this.reason = reason;
        this.minutesLeft = minutesLeft;
    }

    Reason reason() {
        return reason;
    }

    long minutesLeft() {
        return minutesLeft;
    }
}
