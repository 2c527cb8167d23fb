package vn.cchc.dossier.indicators;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import vn.cchc.dossier.procedures.OnlineLevel;
import vn.cchc.dossier.timeliness.Channel;
import vn.cchc.dossier.timeliness.DossierFacts;
import vn.cchc.dossier.timeliness.Judgement;
import vn.cchc.dossier.timeliness.Outcome;
import vn.cchc.shared.VietnamTime;

/**
 * The monthly rollups of a commune's first load, counted while its rows are written, so the import does not read
 * a million fresh ledger rows back (that took 2.8 s of a 9.7 s import of 300k rows). The same counts as
 * {@link Rollups#PER_DOSSIER} and {@link Rollups#snapshots}, row by row as stored; valid only when the file is the
 * whole of the commune's ledger (no survey ratings yet, nothing else to count). RollupTallyTest checks that a first
 * load's rollups equal a rebuild from the ledger.
 */
public final class RollupTally {

    /** The receipt counts (received … multi_supplement) then the result counts (dissatisfied … e_result). */
    static final int COUNTS = 19;

    record Key(LocalDate month, long unitId, String procedureCode, String officer) {
    }

    private final YearMonth lastEnded;
    final Map<Key, int[]> months = new HashMap<>();
    /** In time, overdue. */
    final Map<Key, int[]> open = new HashMap<>();

    /** {@code current} is the running month: the open dossiers are judged at the end of each month before it. */
    public RollupTally(YearMonth current) {
        this.lastEnded = current.minusMonths(1);
    }

    /** Counts one dossier as stored: its facts, its judgement and its unit (null when not matched). */
    public void add(DossierFacts d, Judgement j, Long unitId) {
        long unit = unitId == null ? 0 : unitId;
        YearMonth received = YearMonth.from(VietnamTime.date(d.receivedAt()));
        int[] r = months.computeIfAbsent(new Key(received.atDay(1), unit, d.procedureCode(), d.officer()),
                k -> new int[COUNTS]);
        // Fees are stored as numeric(14, 0): a fee of 0.4 is stored, and counted, as 0.
        boolean fee = d.fee().setScale(0, RoundingMode.HALF_UP).signum() > 0;
        r[0]++;
        r[1] += bit(d.channel() == Channel.DIRECT);
        r[2] += bit(d.channel() == Channel.ONLINE);
        r[3] += bit(d.channel() == Channel.POSTAL);
        r[4] += bit(d.onlineLevel() == OnlineLevel.FULL);
        r[5] += bit(fee);
        r[6] += bit(fee && d.paidOnline());
        r[7] += bit(d.digitised());
        r[8] += bit(d.reusedData());
        r[9] += bit(j.ackLate() != null);
        r[10] += bit(Boolean.TRUE.equals(j.ackLate()));
        r[11] += bit(d.supplementCount() > 1);
        YearMonth ended = j.endAt() == null ? null : YearMonth.from(VietnamTime.date(j.endAt()));
        if (ended != null) {
            int[] e = months.computeIfAbsent(new Key(ended.atDay(1), unit, d.procedureCode(), d.officer()),
                    k -> new int[COUNTS]);
            e[12] += bit(d.rating() != null && d.rating() == 1);
            e[13]++;
            e[14] += bit(j.outcome() == Outcome.EARLY);
            e[15] += bit(j.outcome() == Outcome.ON_TIME);
            e[16] += bit(j.outcome() == Outcome.LATE);
            e[17] += bit(j.outcome() == Outcome.LATE && d.apologyAt() != null);
            e[18] += bit(d.eResult());
        }
        YearMonth last = ended == null || !ended.minusMonths(1).isBefore(lastEnded) ? lastEnded : ended.minusMonths(1);
        for (YearMonth m = received; !m.isAfter(last); m = m.plusMonths(1)) {
            Instant end = Rollups.start(m.plusMonths(1));
            int[] o = open.computeIfAbsent(new Key(m.atDay(1), unit, d.procedureCode(), d.officer()), k -> new int[2]);
            o[j.overdueAt(end) ? 1 : 0]++;
        }
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
