package vn.cchc.dossier.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.ServiceFigures;
import vn.cchc.shared.Timestamps;
import vn.cchc.shared.VietnamTime;

/**
 * Reads indicator figures from the monthly rollups, never from the dossiers themselves, except for the dossiers
 * open right now (a small set found through a partial index) when the period has not ended yet.
 */
@Repository
public class IndicatorQueries {

    /** What a breakdown groups by; the key is the unit id, the officer's name or the procedure code. */
    public enum Dimension {
        UNIT("unit_id"), OFFICER("officer"), PROCEDURE("procedure_code");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;
    private final Rollups rollups;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IndicatorQueries(JdbcClient jdbc, Rollups rollups, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public ServiceFigures totals(long communeId, Period period, Long unitId) {
        return by(communeId, period, null, unitId).getOrDefault("", ServiceFigures.ZERO);
    }

    /** Figures per key of the dimension (or one entry "" for the total), optionally within one unit. */
    public Map<String, ServiceFigures> by(long communeId, Period period, Dimension dimension, Long unitId) {
        String key = dimension == null ? "''" : dimension.column + "::text";
        String unitFilter = unitId == null ? "" : " and unit_id = " + unitId;
        Map<String, ServiceFigures> out = new LinkedHashMap<>();
        jdbc.sql("select " + key + " as k, " + ServiceFiguresRows.sums() + " from dossier_month where commune_id = ?"
                        + " and month between ? and ?" + unitFilter + " group by 1")
                .params(communeId, period.start(), YearMonth.from(period.end()).atDay(1))
                .query(rs -> {
                    out.merge(rs.getString("k"), ServiceFiguresRows.monthPart(rs), ServiceFigures::plus);
                });
        openAtEnd(communeId, period.start(), period.end(), key, unitFilter)
                .forEach((k, f) -> out.merge(k, f, ServiceFigures::plus));
        return out;
    }

    /** The years in which the commune has monthly figures, latest first. */
    public List<Integer> years(long communeId) {
        return jdbc.sql("select distinct extract(year from month)::int from dossier_month where commune_id = ? order by 1 desc")
                .param(communeId).query(Integer.class).list();
    }

    /** Month by month for a year (or up to the current month): each month's own figures and its end-of-month open set. */
    public Map<YearMonth, ServiceFigures> months(long communeId, int year, Long unitId) {
        String unitFilter = unitId == null ? "" : " and unit_id = " + unitId;
        YearMonth current = YearMonth.from(VietnamTime.today(clock));
        Map<YearMonth, ServiceFigures> out = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (!month.isAfter(current)) {
                out.put(month, ServiceFigures.ZERO);
            }
        }
        jdbc.sql("select month, " + ServiceFiguresRows.sums() + " from dossier_month where commune_id = ? and month between ? and ?"
                        + unitFilter + " group by month")
                .params(communeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1))
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    out.computeIfPresent(month, (k, f) -> {
                        try {
                            return f.plus(ServiceFiguresRows.monthPart(rs));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                });
        LocalDate today = VietnamTime.today(clock);
        YearMonth lastEnded = YearMonth.from(today).minusMonths(1);
        List<LocalDate> existing = jdbc.sql("select month from dossier_open_snapshot where commune_id = ? and month between ? and ?")
                .params(communeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1)).query(LocalDate.class).list();
        for (YearMonth month : out.keySet()) {
            if (!month.isAfter(lastEnded) && !existing.contains(month.atDay(1))) {
                ensureSnapshot(communeId, month);
            }
        }
        jdbc.sql("select month, sum(in_time) as in_time, sum(overdue) as overdue from dossier_open_month"
                        + " where commune_id = ? and month between ? and ?" + unitFilter + " group by month")
                .params(communeId, LocalDate.of(year, 1, 1), lastEnded.atDay(1))
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    out.computeIfPresent(month, (k, f) -> {
                        try {
                            return f.plus(ServiceFigures.openPart(rs.getLong("in_time"), rs.getLong("overdue")));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                });
        if (out.containsKey(current)) {
            out.compute(current, (k, f) -> f.plus(openAtEnd(communeId, current.atDay(1), current.atEndOfMonth(), "''", unitFilter)
                    .getOrDefault("", ServiceFigures.ZERO)));
        }
        return out;
    }

    /** Procedures that received online dossiers in the period, and those with online payments (766 3.2, 3.5b). */
    public record ProceduresUsed(java.util.Set<String> online, java.util.Set<String> paidOnline) {
    }

    public ProceduresUsed proceduresUsed(long communeId, Period period) {
        java.util.Set<String> online = new java.util.HashSet<>();
        java.util.Set<String> paid = new java.util.HashSet<>();
        jdbc.sql("select procedure_code, sum(received_online) as o, sum(paid_online) as p from dossier_month"
                        + " where commune_id = ? and month between ? and ? group by procedure_code")
                .params(communeId, period.start(), YearMonth.from(period.end()).atDay(1))
                .query(rs -> {
                    if (rs.getLong("o") > 0) {
                        online.add(rs.getString("procedure_code"));
                    }
                    if (rs.getLong("p") > 0) {
                        paid.add(rs.getString("procedure_code"));
                    }
                });
        return new ProceduresUsed(online, paid);
    }

    private Map<String, ServiceFigures> openAtEnd(long communeId, LocalDate start, LocalDate end, String key, String unitFilter) {
        LocalDate today = VietnamTime.today(clock);
        Map<String, ServiceFigures> out = new LinkedHashMap<>();
        if (start.isAfter(today)) {
            return out;
        }
        if (end.isBefore(today.withDayOfMonth(1))) {
            YearMonth month = YearMonth.from(end);
            ensureSnapshot(communeId, month);
            jdbc.sql("select " + key + " as k, sum(in_time) as in_time, sum(overdue) as overdue from dossier_open_month"
                            + " where commune_id = ? and month = ?" + unitFilter + " group by 1")
                    .params(communeId, month.atDay(1))
                    .query(rs -> {
                        out.put(rs.getString("k"), ServiceFigures.openPart(rs.getLong("in_time"), rs.getLong("overdue")));
                    });
            return out;
        }
        Instant now = clock.instant();
        String overdue = Rollups.OVERDUE_AT.formatted(":now");
        jdbc.sql("select " + key.replace("unit_id", "coalesce(d.unit_id, 0)") + " as k, count(*) filter (where not "
                        + overdue + ") as in_time, count(*) filter (where " + overdue + ") as overdue"
                        + " from dossier d where d.commune_id = :commune and d.end_at is null and d.received_at <= :now"
                        + unitFilter.replace("unit_id", "d.unit_id") + " group by 1")
                .param("commune", communeId).param("now", Timestamps.utc(now))
                .query(rs -> {
                    out.put(rs.getString("k"), ServiceFigures.openPart(rs.getLong("in_time"), rs.getLong("overdue")));
                });
        return out;
    }

    /** A month that ended after the last import has no open snapshot yet: judge it once, under the import lock. */
    private void ensureSnapshot(long communeId, YearMonth month) {
        if (rollups.hasSnapshot(communeId, month)) {
            return;
        }
        transaction.executeWithoutResult(s -> {
            jdbc.sql("select pg_advisory_xact_lock(72410002, ?::int)").param((int) communeId).query().singleRow();
            if (!rollups.hasSnapshot(communeId, month)) {
                rollups.snapshot(communeId, month);
            }
        });
    }
}
