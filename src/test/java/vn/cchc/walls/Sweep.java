package vn.cchc.walls;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Sends a request and tells which of a commune's tables it changed, once any background import it started has
 * finished. Checksumming every table after every request would dominate the sweep, so the checksum is taken only
 * when PostgreSQL has committed a transaction that got a transaction id since the last request (only writes, row
 * locks and sequence steps get one); a request that wrote nothing is recognised without reading any table. Not a
 * bean: some test contexts have no MockMvc.
 */
final class Sweep {

    private final MockMvc mvc;
    private final TenantFingerprint fingerprint;
    private final JdbcClient jdbc;
    private FullCommune watched;
    private Map<String, String> fingerprintBefore;
    private long nextXidBefore;

    Sweep(MockMvc mvc, TenantFingerprint fingerprint, JdbcClient jdbc) {
        this.mvc = mvc;
        this.fingerprint = fingerprint;
        this.jdbc = jdbc;
    }

    record Sent(Answer answer, List<String> changedTables) {
    }

    private record Database(long nextXid, boolean committed, boolean importing) {
    }

    /** The answer and the tables of {@code commune} whose rows the request changed. */
    Sent send(RequestBuilder request, FullCommune commune) {
        if (watched != commune) {
            watched = commune;
            nextXidBefore = database().nextXid();
            fingerprintBefore = fingerprint.of(commune);
        }
        Answer answer = Answer.of(mvc, request);
        Database now = settled();
        List<String> changed = List.of();
        if (now.committed()) {
            Map<String, String> after = fingerprint.of(commune);
            changed = TenantFingerprint.changed(fingerprintBefore, after);
            fingerprintBefore = after;
        }
        nextXidBefore = now.nextXid();
        return new Sent(answer, changed);
    }

    /** A one-stop upload is imported by a worker thread after the answer: wait until no import is pending. */
    private Database settled() {
        Database now = database();
        for (int i = 0; i < 500 && now.importing(); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = database();
        }
        return now;
    }

    private Database database() {
        return jdbc.sql("""
                        with s as (select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as next_xid)
                        select s.next_xid,
                               exists (select 1 from generate_series(:before, s.next_xid - 1) x
                                       where pg_xact_status(x::text::xid8) = 'committed'),
                               exists (select 1 from dossier_import where state in ('QUEUED', 'RUNNING'))
                        from s""")
                .param("before", nextXidBefore)
                .query((rs, n) -> new Database(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3))).single();
    }
}
