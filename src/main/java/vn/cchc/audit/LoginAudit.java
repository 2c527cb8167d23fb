package vn.cchc.audit;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.CleanText;

/**
 * Every login, successful or not, with the username tried and the address (never the password). A failure for a
 * known username goes to that user's commune and province, so their admins see it; one for an unknown username
 * belongs to no commune or province.
 */
@Component
class LoginAudit {

    static final String OK = "LOGIN_OK";
    static final String FAILED = "LOGIN_FAILED";

    private final AuditNotes notes;
    private final JdbcClient jdbc;

    LoginAudit(AuditNotes notes, JdbcClient jdbc) {
        this.notes = notes;
        this.jdbc = jdbc;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication login = event.getAuthentication();
        if (login.getPrincipal() instanceof CurrentUser user) {
            notes.write(OK, user.communeId(), user.provinceId(), user.getUsername(), user.id(), user.getUsername(), null);
        } else {
            notes.write(OK, null, null, login.getName(), null, login.getName(), login.getClass().getSimpleName());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String tried = CleanText.clean(event.getAuthentication().getName(), 200);
        // Read model: whose commune the username tried is, so that commune's admin sees the failure
        Optional<Long[]> account;
        try {
            account = jdbc.sql("select commune_id, province_id from app_user where username = ?").param(tried)
                    .query((rs, n) -> new Long[] {(Long) rs.getObject(1), rs.getLong(2)}).optional();
        } catch (DataAccessException e) {
            account = Optional.empty(); // the entry is still written (or its failure logged) below
        }
        notes.write(FAILED, account.map(a -> a[0]).orElse(null), account.map(a -> a[1]).orElse(null), tried, null,
                tried, event.getException().getClass().getSimpleName());
    }
}
