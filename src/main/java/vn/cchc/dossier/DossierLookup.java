package vn.cchc.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.cchc.dossier.indicators.WindowQueries;
import vn.cchc.shared.Sha256;
import vn.cchc.shared.Timestamps;
import vn.cchc.shared.VietnamTime;

/**
 * The citizen's lookup of one dossier's progress by its code plus a second factor only the holder of the receipt
 * knows: the last four digits of the phone number or the check code ({@link LookupFactor}). The answer is the same
 * "not found" whether the code is unknown, belongs to another commune or the factor is wrong, and the work done is
 * the same: an unknown code is compared against a dummy row, and the factor is compared in constant time.
 */
@Service
public class DossierLookup {

    /** Where a dossier stands, from the ledger's dates (returned wins over finished; see {@link #stage}). */
    public enum Stage {
        PROCESSING, READY, RETURNED, WITHOUT_RESULT
    }

    /**
     * What a citizen may see of a dossier: no applicant, officer, phone digits or check code. {@code dueAt} is the
     * appointment moved on by the time the dossier waited for the citizen's supplements (equal to it when none).
     * {@code late}: ended late, or still open and past its due time now, as {@link LateDossiers} judges it.
     */
    public record Progress(String code, String procedureName, String field, String unitName, Instant receivedAt,
                           Instant appointmentAt, Instant dueAt, Stage stage, boolean late, Instant finishedAt,
                           Instant returnedAt, LocalDate apologyOn) {

        /** The day the result is promised for (the citizen may collect until the office closes). */
        public LocalDate appointmentOn() {
            return appointmentAt == null ? null : VietnamTime.date(appointmentAt);
        }

        public LocalDate dueOn() {
            return VietnamTime.date(dueAt);
        }

        /** Whether supplementation moved the due day past the appointment day (shown to the citizen). */
        public boolean dueMoved() {
            return appointmentAt == null || dueOn().isAfter(appointmentOn());
        }
    }

    private static final byte[] DUMMY = digest("\u0000dummy\u0000");

    private final JdbcClient jdbc;
    private final Clock clock;

    DossierLookup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A row as read, with the factors kept apart from what may be shown. */
    private record Row(Progress progress, String phoneTail, String checkCode) {
    }

    /**
     * The commune's dossier with this code whose phone tail or check code is {@code factor}; empty otherwise (unknown
     * code, another commune's, wrong factor, or a dossier imported without either factor).
     */
    public Optional<Progress> find(long communeId, String code, String factor) {
        String key = code == null ? "" : code.strip();
        String typed = LookupFactor.typed(factor);
        Optional<Row> row = LateDossiers.readableCode(key) ? read(communeId, key) : Optional.empty();
        // The same comparisons whether or not the code exists: two digests compared in constant time.
        byte[] given = digest(typed == null ? "" : typed);
        byte[] tail = row.map(r -> digestOrDummy(r.phoneTail())).orElse(DUMMY);
        byte[] check = row.map(r -> digestOrDummy(r.checkCode())).orElse(DUMMY);
        boolean tailMatches = MessageDigest.isEqual(given, tail);
        boolean checkMatches = MessageDigest.isEqual(given, check);
        boolean matches = typed != null && row.isPresent() & (tailMatches | checkMatches);
        return matches ? row.map(Row::progress) : Optional.empty();
    }

    private Optional<Row> read(long communeId, String code) {
        Object now = Timestamps.utc(clock.instant());
        return jdbc.sql("""
                        select d.code, d.unit_name, d.received_at, d.appointment_at, d.due_at, d.finished_at,
                            d.returned_at, d.apology_at, d.without_result, d.phone_tail, d.check_code, %s,
                            %s as late
                        %s
                        where d.commune_id = ? and d.code = ?""".formatted(WindowQueries.LABELS,
                        LateDossiers.LATE_NOW, WindowQueries.WITH_PROCEDURE))
                .params(now, now, communeId, code)
                .query((rs, n) -> {
                    Instant finished = Timestamps.instant(rs, "finished_at");
                    Instant returned = Timestamps.instant(rs, "returned_at");
                    Instant apology = Timestamps.instant(rs, "apology_at");
                    Progress p = new Progress(rs.getString("code"), rs.getString("procedure_label"),
                            rs.getString("field_label"), rs.getString("unit_name"), Timestamps.instant(rs, "received_at"),
                            Timestamps.instant(rs, "appointment_at"), Timestamps.instant(rs, "due_at"),
                            stage(rs.getBoolean("without_result"), finished, returned), rs.getBoolean("late"), finished,
                            returned, apology == null ? null : VietnamTime.date(apology));
                    return new Row(p, rs.getString("phone_tail"), rs.getString("check_code"));
                }).optional();
    }

    /** Left without a result; else returned to the citizen; else finished and waiting to be collected; else open. */
    static Stage stage(boolean withoutResult, Instant finished, Instant returned) {
        if (withoutResult) {
            return Stage.WITHOUT_RESULT;
        }
        if (returned != null) {
            return Stage.RETURNED;
        }
        return finished != null ? Stage.READY : Stage.PROCESSING;
    }

    /** A missing factor compares against the dummy, which no typed value can equal (it holds NUL characters). */
    private static byte[] digestOrDummy(String value) {
        return value == null ? DUMMY : digest(value);
    }

    private static byte[] digest(String value) {
        return Sha256.digest().digest(value.getBytes(StandardCharsets.UTF_8));
    }
}
