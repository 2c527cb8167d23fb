package vn.cchc.org.sso;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * Why a sign-in through the province's provider was refused; the login page shows the message {@code sso.<code>}.
 * Only these codes are shown, whatever a link carries.
 */
public enum SsoRefusal {
    UNKNOWN_USER("unknownUser"),
    NO_USERNAME("noUsername"),
    UNKNOWN_ROLE("unknownRole"),
    AMBIGUOUS_ROLE("ambiguousRole"),
    UNKNOWN_COMMUNE("unknownCommune"),
    OTHER_PROVINCE("otherProvince"),
    UNKNOWN_UNIT("unknownUnit"),
    MISMATCH("mismatch"),
    LINKED_ELSEWHERE("linkedElsewhere"),
    NOT_PROVISIONED("notProvisioned"),
    DISABLED("disabled"),
    UNAVAILABLE("unavailable"),
    FAILED("failed");

    private static final String PREFIX = "sso.refused:";

    private final String code;

    SsoRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "sso." + code;
    }

    public static Optional<SsoRefusal> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /**
     * Exactly a {@link BadCredentialsException}: Spring Security's event publisher maps exceptions by their exact
     * class, so the refusal is published as a failed login like a wrong password (the audit log hears it).
     */
    BadCredentialsException exception() {
        return new BadCredentialsException(PREFIX + code);
    }

    static Optional<SsoRefusal> of(Exception e) {
        String message = e.getMessage();
        return message != null && message.startsWith(PREFIX) ? ofCode(message.substring(PREFIX.length())) : Optional.empty();
    }
}
