package vn.cchc.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.shared.AuditNote;
import vn.cchc.shared.CleanText;

/**
 * Writes the entries that are not row changes: every {@link AuditNote} another module publishes, and the logins.
 * Each in a transaction of its own, so a note stays when the request's work is rolled back (a refused API call is
 * still a use of its key) and a read-only request can write one. A failure to write is logged, not thrown: the audit
 * log never turns a user's request into an error.
 */
@Component
class AuditNotes {

    private static final Logger log = LoggerFactory.getLogger(AuditNotes.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    AuditNotes(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuditNote note) {
        write(note.action(), note.communeId(), null, note.actor(), null, note.subject(), note.detail());
    }

    /** An entry; a null province is taken from the commune, else from the acting user's account. */
    void write(String action, Long communeId, Long provinceId, String actor, Long actorId, String subject,
               String detail) {
        HttpServletRequest request = WebActor.currentRequest();
        String who = actor == null || actor.isBlank()
                ? (request == null ? "system" : WebActor.of(request).name()) : CleanText.clean(actor, 200);
        try {
            separately.executeWithoutResult(status -> jdbc.sql("""
                            insert into audit_log (actor, actor_id, address, request_id, action, commune_id, province_id,
                                                   subject, detail)
                            values (:actor, :actorId, :address, :requestId, :action, :commune,
                                    -- Read model: the org module's tables name the province of a commune or a user
                                    coalesce(:province, (select province_id from commune where id = :commune),
                                             (select province_id from app_user where username = :actor)),
                                    :subject, :detail)""")
                    .param("actor", who).param("actorId", actorId)
                    .param("address", request == null ? null : WebActor.address(request))
                    .param("requestId", request == null ? null : WebActor.requestId(request))
                    .param("action", CleanText.clean(action, 40)).param("commune", communeId)
                    .param("province", provinceId).param("subject", CleanText.clean(subject))
                    .param("detail", CleanText.clean(detail)).update());
        } catch (RuntimeException e) {
            log.error("Audit entry not written: {} by {} ({})", action, who, subject, e);
        }
    }
}
