package vn.cchc.dossier;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.dossier.indicators.Rollups;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.Timestamps;
import vn.cchc.shared.VietnamTime;

/**
 * Citizens' ratings of a dossier given in a satisfaction survey. The one-stop system's own rating (imported) wins;
 * the survey's fills the gap in the 766 indicator 5.4 (see {@code Rollups.PER_DOSSIER}). The survey rating lives in
 * its own column, outside the import's column list, so a re-import never wipes it.
 */
@Service
public class DossierRatings {

    /** The same key the import locks with: an attach never interleaves with an import's rollup rebuild. */
    private static final int IMPORT_LOCK = 72410002;

    private final JdbcClient jdbc;
    private final Rollups rollups;
    private final Clock clock;

    DossierRatings(JdbcClient jdbc, Rollups rollups, Clock clock) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** The commune's dossier with this code, matched the way the import stores codes (trimmed, NFC). */
    public Optional<DossierRef> find(long communeId, String code) {
        String stored = normalise(code);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select code, procedure_code, procedure_name, field, unit_id, end_at is not null as ended
                        from dossier where commune_id = ? and code = ?""").params(communeId, stored)
                .query((rs, n) -> new DossierRef(rs.getString("code"), rs.getString("procedure_code"),
                        rs.getString("procedure_name"), rs.getString("field"), rs.getObject("unit_id", Long.class),
                        rs.getBoolean("ended"))).optional();
    }

    /**
     * Records a survey rating (1 not satisfied, 2 satisfied, 3 very satisfied) on a dossier that has none yet and
     * rebuilds the month it counts in, in the caller's transaction.
     *
     * @throws Conflict when the dossier already has a survey rating (one answer per dossier counts)
     * @throws IllegalArgumentException for a rating outside 1–3 or a code the commune's ledger does not have
     */
    @Transactional
    public void attachSurveyRating(long communeId, String code, int rating, Instant at) {
        if (rating < 1 || rating > 3) {
            throw new IllegalArgumentException("Rating outside 1-3: " + rating);
        }
        jdbc.sql("select pg_advisory_xact_lock(?, ?::int)").params(IMPORT_LOCK, (int) communeId).query().singleRow();
        String stored = normalise(code);
        List<Instant> ended = jdbc.sql("""
                        update dossier set survey_rating = ?, survey_rated_at = ?
                        where commune_id = ? and code = ? and survey_rating is null returning end_at""")
                .params(rating, Timestamps.utc(at), communeId, stored)
                .query((rs, n) -> Timestamps.instant(rs, 1)).list();
        if (ended.isEmpty()) {
            if (find(communeId, stored).isEmpty()) {
                throw new IllegalArgumentException("No dossier " + stored + " in commune " + communeId);
            }
            throw new Conflict("dossier.rating.alreadyRated", stored);
        }
        // An open dossier counts its rating only once it ends: the import that ends it rebuilds that month.
        if (ended.get(0) != null) {
            YearMonth month = YearMonth.from(VietnamTime.date(ended.get(0)));
            rollups.rebuild(communeId, month, month, YearMonth.from(VietnamTime.today(clock)));
        }
    }

    /** The commune's procedure fields (lĩnh vực) from its catalogue and its ledger, for one QR code per field. */
    public List<String> fields(long communeId) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return jdbc.sql("""
                        select btrim(field) from tthc_procedure where commune_id = ? and btrim(field) <> ''
                        union
                        select btrim(field) from dossier where commune_id = ? and btrim(field) <> ''""")
                .params(communeId, communeId).query(String.class).list().stream().sorted(vietnamese).toList();
    }

    private static String normalise(String code) {
        return code == null ? "" : SearchText.nfc(code.trim());
    }
}
